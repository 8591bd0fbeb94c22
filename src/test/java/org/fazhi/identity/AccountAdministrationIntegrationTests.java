package org.fazhi.identity;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class AccountAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorOpensAnAccountThatMustChangeItsPassword() throws Exception {
        mvc.perform(post("/admin/accounts").with(user(RegistryTestData.admin())).with(csrf())
                        .param("username", "newleader1").param("displayName", "新领导").param("role", "LEADER")
                        .param("regionCode", "410425").param("password", "Leader#2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select must_change_password from identity.account where username = 'newleader1'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAgencyAccountWithoutAnAgencyIsRefused() throws Exception {
        mvc.perform(post("/admin/accounts").with(user(RegistryTestData.admin())).with(csrf())
                        .param("username", "noagency1").param("displayName", "无单位").param("role", "OFFICER")
                        .param("regionCode", "410425").param("password", "Officer#2026"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from identity.account where username = 'noagency1'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsManageAccountsAndReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(RegistryTestData.supervisor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(RegistryTestData.leader()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/auditchain").with(user(RegistryTestData.supervisor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(RegistryTestData.admin()))).andExpect(status().isOk());
        mvc.perform(get("/actuator/auditchain").with(user(RegistryTestData.admin()))).andExpect(status().isOk());
    }
}
