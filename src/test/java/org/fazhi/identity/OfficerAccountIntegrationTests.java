package org.fazhi.identity;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer's account names the officer it belongs to, by the officer's certificate number (扫照签到 needs it). */
@FazhiIntegrationTest
class OfficerAccountIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RegistryTestData registry;
    @Autowired UserDetailsService users;

    @Test
    void anOfficersAccountNamesTheOfficerOfItsAgency() throws Exception {
        Agency agency = registry.agency("账号局");
        Officer officer = registry.officer(agency);
        Certificate certificate = registry.certificate(officer, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        String username = username();

        open(username, Role.OFFICER, agency, " " + certificate.number() + " ").andExpect(status().is3xxRedirection());

        SignedInUser signedIn = (SignedInUser) users.loadUserByUsername(username);
        assertThat(signedIn.officerId()).isEqualTo(officer.id());
        assertThat(registry.auditTrail("identity.account", signedIn.accountId())).anyMatch(entry ->
                entry.startsWith("DATA_UPDATED") && entry.contains("officerId"));
        open(username(), Role.OFFICER, agency, certificate.number()).andExpect(status().isOk())
                .andExpect(content().string(containsString("已有账号")));
    }

    @Test
    void anOfficerOfAnotherAgencyAnUnknownCertificateOrAnotherRoleIsRefused() throws Exception {
        Agency agency = registry.agency("账号甲局");
        Agency other = registry.agency("账号乙局");
        Certificate elsewhere = registry.certificate(registry.officer(other), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(2));

        String first = username();
        open(first, Role.OFFICER, agency, elsewhere.number()).andExpect(status().isOk())
                .andExpect(content().string(containsString("不属于账号所在的执法主体")));
        String second = username();
        open(second, Role.OFFICER, agency, "NO-SUCH-1").andExpect(status().isOk())
                .andExpect(content().string(containsString("未找到执法证号为 NO-SUCH-1 的执法证")));
        String third = username();
        open(third, Role.AGENCY_ADMIN, other, elsewhere.number()).andExpect(status().isOk())
                .andExpect(content().string(containsString("只有执法人员账号关联执法人员本人")));
        assertThat(jdbc.sql("select count(*) from identity.account where username in (?, ?, ?)")
                .params(first, second, third).query(Long.class).single()).isZero();
    }

    @Test
    void anAccountOpenedWithoutItsOfficerIsLinkedFromTheAccountList() throws Exception {
        Agency agency = registry.agency("补关联局");
        Certificate certificate = registry.certificate(registry.officer(agency), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(2));
        String username = username();
        open(username, Role.OFFICER, agency, "").andExpect(status().is3xxRedirection());
        long id = ((SignedInUser) users.loadUserByUsername(username)).accountId();
        mvc.perform(get("/admin/accounts").with(user(RegistryTestData.admin())))
                .andExpect(content().string(containsString("/admin/accounts/" + id + "/officer")));

        link(id, "NO-SUCH-2").andExpect(flash().attribute("flashError", "未找到执法证号为 NO-SUCH-2 的执法证"));
        link(id, certificate.number()).andExpect(flash().attribute("flash", "已关联执法人员"));

        assertThat(((SignedInUser) users.loadUserByUsername(username)).officerId())
                .isEqualTo(certificate.officerId());
        mvc.perform(get("/admin/accounts").with(user(RegistryTestData.admin())))
                .andExpect(content().string(not(containsString("/admin/accounts/" + id + "/officer"))));
        mvc.perform(post("/admin/accounts/" + id + "/officer").with(user(RegistryTestData.supervisor())).with(csrf())
                .param("certificate", certificate.number())).andExpect(status().isForbidden());
    }

    @Test
    void theDemoOfficerIsACertifiedOfficerOfItsAgency() {
        SignedInUser officer = (SignedInUser) users.loadUserByUsername("officer");
        assertThat(officer.officerId()).isNotNull();
        assertThat(jdbc.sql("select agency_id from registry.officer where id = ?").param(officer.officerId())
                .query(Long.class).single()).isEqualTo(officer.agencyId());
    }

    private ResultActions open(String username, Role role, Agency agency, String certificate) throws Exception {
        return mvc.perform(post("/admin/accounts").with(user(RegistryTestData.admin())).with(csrf())
                .param("username", username).param("displayName", "测试执法人员").param("role", role.name())
                .param("regionCode", "410425").param("agencyId", String.valueOf(agency.id()))
                .param("officerCertificate", certificate).param("password", "Officer#2026"));
    }

    private ResultActions link(long accountId, String certificate) throws Exception {
        return mvc.perform(post("/admin/accounts/" + accountId + "/officer").with(user(RegistryTestData.admin()))
                .with(csrf()).param("certificate", certificate)).andExpect(status().is3xxRedirection());
    }

    private static String username() {
        return "off" + RegistryTestData.suffix();
    }
}
