package org.fazhi.identity;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.leader;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Refusals made by the URL rules, before any controller, speak problem+json in Chinese as the services' do. */
@FazhiIntegrationTest
class ApiRefusalsIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void nobodySignedInGets401WithTheReason() throws Exception {
        mvc.perform(get("/api/v1/inspection/plans"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("未登录或登录凭据无效")));
        mvc.perform(get("/api/v1/inspection/plans").with(httpBasic("leader", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRoleTheUrlRulesRefuseGets403WithTheReason() throws Exception {
        mvc.perform(post("/api/v1/inspection/plans").with(user(leader())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作，或该记录不在您的数据范围内。"));
    }

    @Test
    void aSessionRequestWithoutItsCsrfTokenIsToldSo() throws Exception {
        mvc.perform(post("/api/v1/inspection/plans").with(user(leader()))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("缺少或无效的 CSRF 令牌")));
    }

    @Test
    void pagesStillRedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/inspection/plans"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
