package org.fazhi.disclosure.publication;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The publications API: the legal office's review and publication, and who is refused what. */
@FazhiIntegrationTest
class PublicationApiIntegrationTests {

    private static final String PUBLICATIONS = "/api/v1/disclosure/publications";
    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 29);

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData data;
    @Autowired PublicationRepository repository;

    @Test
    void theLegalOfficeListsReviewsPublishesAndWithdraws() throws Exception {
        Decided d = data.decidedOn("接口公示局", DECIDED, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        SignedInUser legalOffice = d.handling().head();
        String path = PUBLICATIONS + "/" + id;

        call(get(PUBLICATIONS + "?overdue=true&state=PENDING"), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.items[0].overdue").value(true));
        call(get(path), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2026-10-14"))
                .andExpect(jsonPath("$.redactedText", not(containsString(DisclosureTestData.PERSON))))
                .andExpect(jsonPath("$.originalText", containsString(DisclosureTestData.PERSON)))
                .andExpect(jsonPath("$.spans[*].original", hasItem(DisclosureTestData.PERSON)));
        call(post(path + "/spans"), legalOffice, "{\"fragment\": \"食品经营许可证\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.redactedText", not(containsString("食品经营许可证"))));
        int start = repository.find(id).orElseThrow().redaction().spans().stream()
                .filter(s -> s.original().equals("食品经营许可证")).findFirst().orElseThrow().start();
        call(delete(path + "/spans/" + start), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.redactedText", containsString("食品经营许可证")));
        call(post(path + "/publish"), legalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));
        call(post(path + "/publish"), legalOffice, null).andExpect(status().isUnprocessableContent());
        call(post(path + "/withdraw"), legalOffice, "{\"reason\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("撤回理由")));
        call(post(path + "/withdraw"), legalOffice, "{\"reason\": \"原处罚决定已被撤销\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawalReason").value("原处罚决定已被撤销"));
    }

    @Test
    void othersAreRefused() throws Exception {
        Decided d = data.decidedOn("接口范围局", DECIDED, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        String path = PUBLICATIONS + "/" + id;
        SignedInUser otherLegalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, d.handling().agencyId() + 100_000);

        call(get(path), otherLegalOffice, null).andExpect(status().isNotFound());
        call(post(path + "/publish"), otherLegalOffice, null).andExpect(status().isNotFound());
        call(get(PUBLICATIONS), otherLegalOffice, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        call(get(path), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.originalText").value(nullValue()))
                .andExpect(jsonPath("$.spans[0].original").value(nullValue()));
        call(post(path + "/publish"), RegistryTestData.supervisor(), null).andExpect(status().isForbidden());
        call(post(path + "/publish"), RegistryTestData.leader(), null).andExpect(status().isForbidden());
        call(get(path), d.handling().officer(), null).andExpect(status().isForbidden());
        call(get(path), RegistryTestData.enterprise(d.handling().party().id()), null)
                .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/publish").with(csrf())).andExpect(status().isUnauthorized());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String body)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
