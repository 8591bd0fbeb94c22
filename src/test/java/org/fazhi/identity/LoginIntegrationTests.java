package org.fazhi.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class LoginIntegrationTests {

    private static final String PASSWORD = "Secret#2026";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ServletWebServerApplicationContext server;

    private String newAccount(boolean mustChangePassword) {
        String username = "login" + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.open(new NewAccount(username, PASSWORD, "测试", Role.LEADER, RegionCode.of("410425"), null,
                null, mustChangePassword));
        return username;
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
    }

    @Test
    void theDemoAccountsLogIn() throws Exception {
        assertThat(login("supervisor", "Demo@2026").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = newAccount(false);
        for (int i = 0; i < 4; i++) {
            assertThat(login(username, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
        }
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            login(username, "wrong");
        }
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error=locked");
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from identity.account where username = ?")
                .param(username).query(Boolean.class).single()).isTrue();
    }

    @Test
    void failedLoginsAreAudited() throws Exception {
        String username = newAccount(false);
        login(username, "wrong");
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'LOGIN' and outcome = 'FAILURE' and actor = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFirstLoginMustChangeThePasswordBeforeAnythingElse() throws Exception {
        String username = newAccount(true);
        MockHttpSession session = (MockHttpSession) login(username, PASSWORD).getRequest().getSession();
        mvc.perform(get("/registry/agencies").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", PASSWORD)
                .param("replacement", "weak").param("confirmation", "weak")).andExpect(status().isOk());
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", PASSWORD)
                .param("replacement", "Better#2027").param("confirmation", "Better#2027"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/registry/agencies").session(session)).andExpect(status().isOk());
        assertThat(login(username, "Better#2027").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutes() {
        assertThat(server.getServletContext().getSessionTimeout()).isEqualTo(30);
    }
}
