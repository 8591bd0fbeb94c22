package org.fazhi.disclosure.publication;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The legal office's pages: the list of its agency's publications, the review with marks, its forms. */
@FazhiIntegrationTest
class PublicationPagesIntegrationTests {

    private static final String PAGES = "/disclosure/publications";

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData data;
    @Autowired PublicationRepository repository;

    @Test
    void theLegalOfficeFindsItsOverduePublicationReviewsTheMarksAndPublishes() throws Exception {
        Decided d = data.decidedOn("页面公示局", LocalDate.of(2026, 9, 29), "2000");
        Publication p = repository.ofCase(d.caseId()).orElseThrow();
        SignedInUser legalOffice = d.handling().head();
        String page = PAGES + "/" + p.id();

        mvc.perform(get(PAGES + "?overdue=true").with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.decision().decisionNumber())))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get(PAGES).with(user(RegistryTestData.user(Role.AGENCY_ADMIN, d.handling().agencyId() + 100_000))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(p.decision().decisionNumber()))));
        mvc.perform(get(page).with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString("欧阳某某")))
                .andExpect(content().string(containsString("自然人姓名：" + DisclosureTestData.PERSON)))
                .andExpect(content().string(containsString("id=\"publish\"")));
        mvc.perform(get(page).with(user(RegistryTestData.supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(DisclosureTestData.PERSON))))
                .andExpect(content().string(not(containsString("id=\"publish\""))));

        mvc.perform(post(page + "/spans").param("fragment", "食品经营许可证").with(user(legalOffice)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attributeExists("flash"));
        assertThat(repository.find(p.id()).orElseThrow().redaction().apply()).doesNotContain("食品经营许可证");
        mvc.perform(post(page + "/withdraw").param("reason", "").with(user(legalOffice)).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flashError", containsString("撤回理由")));
        mvc.perform(post(page + "/publish").with(user(legalOffice)).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(repository.find(p.id()).orElseThrow().state()).isEqualTo(PublicationState.PUBLISHED);
        mvc.perform(post(page + "/publish").with(user(RegistryTestData.supervisor())).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
