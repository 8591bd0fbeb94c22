package org.fazhi.casework;

import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
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

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The casework API: a whole case from an inspection's result to the archive, retries, conflicts, refusals, scope. */
@FazhiIntegrationTest
class CaseApiIntegrationTests {

    private static final String CASES = "/api/v1/casework/cases/";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;

    @Test
    void aCaseGoesFromTheInspectionsResultToTheArchiveThroughTheApi() throws Exception {
        Handling h = data.agency("接口全程局");
        long id = data.clueFromInspection(h);
        String path = CASES + id;

        step(h.officer(), id, "filing", """
                "itemIds": [%d], "handlerIds": [%d, %d], "facts": "无证经营", "violationOn": "%s"
                """.formatted(h.penaltyItem().id(), h.handlers().get(0), h.handlers().get(1),
                data.version(id) >= 0 ? java.time.LocalDate.now().minusDays(5) : null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.to").value("INVESTIGATING"));
        step(h.officer(), id, "evidence", """
                "evidenceKind": "INSPECTION_RECORD", "title": "现场检查笔录"
                """).andExpect(jsonPath("$.to").value("INVESTIGATING"));
        step(h.officer(), id, "review-submission", """
                "kind": "PENALTY", "penalties": ["WARNING", "FINE"], "fine": 3000, "tier": "一般"
                """).andExpect(jsonPath("$.to").value("UNDER_REVIEW"));
        step(h.officer(), id, "notice", "").andExpect(jsonPath("$.to").value("NOTIFIED"));
        step(h.officer(), id, "statement", "\"waived\": true").andExpect(jsonPath("$.to").value("NOTIFIED"));
        step(h.officer(), id, "decision", """
                "kind": "PENALTY", "penalties": ["WARNING", "FINE"], "fine": 3000, "tier": "一般", "reason": "证据确凿"
                """).andExpect(status().isForbidden());
        step(h.head(), id, "decision", """
                "kind": "PENALTY", "penalties": ["WARNING", "FINE"], "fine": 3000, "tier": "一般", "reason": "证据确凿"
                """).andExpect(jsonPath("$.to").value("DECIDED"));
        step(h.officer(), id, "delivery", "").andExpect(jsonPath("$.to").value("EXECUTING"));
        step(h.officer(), id, "payments", "\"amount\": 3000").andExpect(jsonPath("$.to").value("EXECUTING"));
        step(h.officer(), id, "closure", "\"note\": \"已缴清\"").andExpect(jsonPath("$.to").value("CLOSED"));
        step(h.head(), id, "archive", "").andExpect(jsonPath("$.to").value("ARCHIVED"));

        call(get(path), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ARCHIVED"))
                .andExpect(jsonPath("$.origin.kind").value("INSPECTION"))
                .andExpect(jsonPath("$.decision.decided.fine").value("3000.00"))
                .andExpect(jsonPath("$.account.owed").value("0.00"))
                .andExpect(jsonPath("$.timeline[*].transition", hasItem("ARCHIVE")))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'DECISION')].metOn").isNotEmpty())
                .andExpect(jsonPath("$.steps", hasSize(0)));
    }

    @Test
    void aRetryAnswersTheFirstOutcomeAndAStaleVersionAConflict() throws Exception {
        Handling h = data.agency("接口重试局");
        long id = data.filed(h);
        int version = data.version(id);
        String body = body(UUID.randomUUID().toString(), version, "\"evidenceKind\": \"DOCUMENTARY\", \"title\": \"营业执照复印件\"");

        String first = call(post(CASES + id + "/evidence"), h.officer(), body).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        call(post(CASES + id + "/evidence"), h.officer(), body).andExpect(status().isOk())
                .andExpect(content().json(first));
        call(post(CASES + id + "/evidence"), h.officer(), body(UUID.randomUUID().toString(), version,
                "\"evidenceKind\": \"DOCUMENTARY\", \"title\": \"另一份\"")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(get(CASES + id), h.officer(), null).andExpect(jsonPath("$.evidence", hasSize(1)));
    }

    @Test
    void aRefusedStepAnswers422WithTheRuleAndItsArticle() throws Exception {
        Handling h = data.agency("接口拒绝局");
        long id = data.filed(h);

        step(h.officer(), id, "notice", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("案件处于「调查取证」阶段，不能进行「行政处罚事先告知」。"));
        step(h.officer(), id, "review-submission", """
                "kind": "PENALTY", "penalties": ["FINE"], "fine": 2000, "tier": "一般"
                """).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第四十条、第四十六条"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("证据")));
        step(h.officer(), id, "evidence", "\"evidenceKind\": \"NONSENSE\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidenceKind"));
        call(get(CASES + id), h.officer(), null)
                .andExpect(jsonPath("$.timeline[?(@.refused == true)].legalBasis", hasItem("行政处罚法第四十条、第四十六条")));
    }

    @Test
    void anotherAgencysCaseIsNotFoundAndReadersMayNotAct() throws Exception {
        Handling h = data.agency("接口甲局");
        Handling other = data.agency("接口乙局");
        long id = data.filed(h);
        String evidence = body(UUID.randomUUID().toString(), data.version(id),
                "\"evidenceKind\": \"DOCUMENTARY\", \"title\": \"书证\"");

        call(get(CASES + id), other.officer(), null).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post(CASES + id + "/evidence"), other.officer(), evidence).andExpect(status().isNotFound());
        call(get("/api/v1/casework/cases"), other.head(), null)
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        for (SignedInUser reader : new SignedInUser[] {RegistryTestData.leader(), RegistryTestData.supervisor(),
                RegistryTestData.user(Role.RECONSIDERATION, null)}) {
            call(get(CASES + id), reader, null).andExpect(status().isOk());
            call(post(CASES + id + "/evidence"), reader, evidence).andExpect(status().isForbidden());
        }
        call(get(CASES + id), RegistryTestData.enterprise(h.party().id()), null).andExpect(status().isForbidden());
        mvc.perform(get(CASES + id)).andExpect(status().isUnauthorized());
        call(get("/api/v1/casework/cases").param("state", "INVESTIGATING").param("agency", String.valueOf(h.agencyId())),
                RegistryTestData.supervisor(), null).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        call(get("/api/v1/casework/cases").param("state", "SOMEWHERE"), h.officer(), null)
                .andExpect(status().isBadRequest());
    }

    private ResultActions step(SignedInUser caller, long id, String step, String fields) throws Exception {
        return call(post(CASES + id + "/" + step), caller, body(UUID.randomUUID().toString(), data.version(id),
                fields));
    }

    private static String body(String key, int version, String fields) {
        String more = fields.isBlank() ? "" : ", " + fields.strip();
        return "{\"requestKey\": \"" + key + "\", \"version\": " + version + more + "}";
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
