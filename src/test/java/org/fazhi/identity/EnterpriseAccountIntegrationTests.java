package org.fazhi.identity;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.region.Regions;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An enterprise account speaks for one regulated party of its region, named by its unified social credit code. */
@FazhiIntegrationTest
class EnterpriseAccountIntegrationTests {

    private static final RegionCode OTHER_COUNTY = RegionCode.of("410421");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Parties parties;
    @Autowired Regions regions;
    @Autowired RegionDirectory regionDirectory;
    @Autowired PartyOptions partyOptions;
    @Autowired UserDetailsService users;

    @Test
    void anEnterpriseAccountWithoutAPartyIsRefused() throws Exception {
        String username = username();
        open(username, Role.ENTERPRISE, "").andExpect(status().isOk())
                .andExpect(content().string(containsString("企业账号须关联本辖区的行政相对人（统一社会信用代码）")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void anUnknownCreditCodeIsRefused() throws Exception {
        String username = username();
        String code = EntitiesTestData.enterpriseCode();
        open(username, Role.ENTERPRISE, code).andExpect(status().isOk())
                .andExpect(content().string(containsString("未找到统一社会信用代码为 " + code + " 的行政相对人")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void aPartyOfAnotherCountyIsRefused() throws Exception {
        String username = username();
        open(username, Role.ENTERPRISE, partyOfAnotherCounty().creditCode()).andExpect(status().isOk())
                .andExpect(content().string(containsString("该行政相对人不在本辖区内")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void anEnterpriseAccountSpeaksForItsPartyOnceSignedIn() throws Exception {
        String username = username();
        Party party = party(RegistryTestData.admin(), "410425");
        open(username, Role.ENTERPRISE, " " + party.creditCode().toLowerCase() + " ")
                .andExpect(status().is3xxRedirection());
        SignedInUser signedIn = (SignedInUser) users.loadUserByUsername(username);
        assertThat(signedIn.partyId()).isEqualTo(party.id());
        assertThat(signedIn.scope()).isEqualTo(DataScope.ofRegion(RegistryTestData.COUNTY));
    }

    @Test
    void otherRolesSpeakForNoParty() throws Exception {
        String username = username();
        Party party = party(RegistryTestData.admin(), "410425");
        open(username, Role.LEADER, party.creditCode()).andExpect(status().isOk())
                .andExpect(content().string(containsString("只有企业账号关联行政相对人")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void theDatabaseRefusesAnEnabledEnterpriseAccountWithoutAParty() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into identity.account (username, password_hash, display_name, role, region_code)
                        values (?, 'x', '企业', 'ENTERPRISE', '410425')""").param(username()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anOlderEnterpriseAccountCannotBeEnabledUntilItNamesItsParty() throws Exception {
        long id = jdbc.sql("""
                        insert into identity.account (username, password_hash, display_name, role, region_code, enabled)
                        values (?, 'x', '旧企业账号', 'ENTERPRISE', '410425', false) returning id""")
                .param(username()).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}/enable", id).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("企业账号须关联本辖区的行政相对人")));
        assertThat(jdbc.sql("select enabled from identity.account where id = ?").param(id).query(Boolean.class)
                .single()).isFalse();
    }

    @Test
    void theDemoEnterpriseAccountSpeaksForTheCountysFirstEnterprise() {
        SignedInUser enterprise = (SignedInUser) users.loadUserByUsername("enterprise");
        assertThat(enterprise.partyId()).isNotNull()
                .isEqualTo(partyOptions.firstEnterpriseIn(RegistryTestData.COUNTY).orElseThrow().id());
        assertThat(enterprise.isEnabled()).isTrue();
    }

    private ResultActions open(String username, Role role, String creditCode) throws Exception {
        return mvc.perform(post("/admin/accounts").with(user(RegistryTestData.admin())).with(csrf())
                .param("username", username).param("displayName", "测试企业").param("role", role.name())
                .param("regionCode", "410425").param("partyCreditCode", creditCode)
                .param("password", "Enterprise#2026"));
    }

    private Party party(SignedInUser keeper, String region) {
        return parties.register(keeper, new PartyForm(PartyKind.ENTERPRISE, EntitiesTestData.enterpriseCode(),
                "测试" + EntitiesTestData.tradeName() + "有限公司", region, null, "C13", null, false, null, null,
                PartyStatus.OPERATING, CreditGrade.B, List.of(), 0));
    }

    private Party partyOfAnotherCounty() {
        SignedInUser admin = new SignedInUser(1, "other-admin", "外县管理员", Role.ADMIN, OTHER_COUNTY, null, null,
                true, false, false, null);
        synchronized (EnterpriseAccountIntegrationTests.class) {
            if (regionDirectory.find(OTHER_COUNTY).isEmpty()) {
                regions.registerCounty(admin, OTHER_COUNTY, "外县");
            }
        }
        return party(admin, OTHER_COUNTY.value());
    }

    private boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from identity.account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    private static String username() {
        return "ent" + RegistryTestData.suffix();
    }
}
