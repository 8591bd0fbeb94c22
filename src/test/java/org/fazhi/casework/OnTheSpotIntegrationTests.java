package org.fazhi.casework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 简易程序 through the API and the page on PostgreSQL: a warning and a ¥2,000 fine decided on the spot, its
 * 当场行政处罚决定书 numbered and opened with POI, paid, refused closing before its report, reported, closed and
 * archived; a fine above the limit refused for the general procedure; collection on the spot within 第六十八条.
 */
@FazhiIntegrationTest
class OnTheSpotIntegrationTests {

    private static final String CASES = "/api/v1/casework/cases/";
    private static final String ON_THE_SPOT = "/api/v1/casework/on-the-spot";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;

    @Test
    void aDecisionOnTheSpotIsDeliveredPaidReportedClosedAndArchived() throws Exception {
        Handling h = data.agency("当场局");
        String key = UUID.randomUUID().toString();
        String decision = decision(key, h, "\"penalties\": [\"WARNING\", \"FINE\"], \"fine\": 2000, \"waived\": true");

        String first = call(post(ON_THE_SPOT), h.officer(), decision).andExpect(status().isCreated())
                .andExpect(jsonPath("$.to").value("EXECUTING")).andReturn().getResponse().getContentAsString();
        call(post(ON_THE_SPOT), h.officer(), decision).andExpect(status().isCreated())
                .andExpect(content().json(first));
        long id = ((Number) JsonPath.read(first, "$.caseId")).longValue();

        String view = json(CASES + id, h.officer());
        assertThat((String) JsonPath.read(view, "$.decisionNumber")).matches(".+当罚〔\\d{4}〕1号");
        assertThat((String) JsonPath.read(view, "$.execution.deliveredOn")).isNotNull();
        assertThat((String) JsonPath.read(view, "$.account.owed")).isEqualTo("2000.00");
        assertThat((Object) JsonPath.read(view, "$.investigation.filedOn")).isNull();
        List<Object> documents = JsonPath.read(json(CASES + id + "/documents", h.officer()), "$[*].kind");
        assertThat(documents).containsExactly("ON_THE_SPOT_DECISION");
        Object documentId = JsonPath.read(json(CASES + id + "/documents", h.officer()), "$[0].id");
        String text = CaseDocumentsIntegrationTests.docxText(mvc.perform(get(CASES + id + "/documents/" + documentId)
                .with(user(h.officer()))).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("当场行政处罚决定书", h.party().name(), "罚款人民币2,000.00元（大写：贰仟元整）",
                "第五十一条", "十五日内", "售卖过期食品", (String) JsonPath.read(view, "$.decisionNumber"));

        step(h.officer(), id, "payments", "\"amount\": 2000").andExpect(status().isOk());
        step(h.officer(), id, "closure", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第五十二条"))
                .andExpect(jsonPath("$.detail").value(containsString("备案")));
        call(get(CASES + id + "/on-the-spot"), h.officer(), null).andExpect(jsonPath("$.reportedOn").isEmpty())
                .andExpect(jsonPath("$.reportDue").isNotEmpty());
        step(h.officer(), id, "on-the-spot-report", "").andExpect(jsonPath("$.to").value("EXECUTING"));
        step(h.officer(), id, "on-the-spot-report", "").andExpect(status().isBadRequest());
        step(h.officer(), id, "closure", "\"note\": \"罚款已缴清\"").andExpect(jsonPath("$.to").value("CLOSED"));
        step(h.head(), id, "archive", "").andExpect(jsonPath("$.to").value("ARCHIVED"));
        call(get(CASES + id), RegistryTestData.supervisor(), null)
                .andExpect(jsonPath("$.timeline[*].transition", hasItem("DECIDE_ON_THE_SPOT")))
                .andExpect(jsonPath("$.timeline[*].transition", hasItem("REPORT_ON_THE_SPOT")))
                .andExpect(jsonPath("$.state").value("ARCHIVED"));
        call(get(CASES + id + "/on-the-spot"), data.agency("当场他局").officer(), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void aFineAboveTheLimitIsForTheGeneralProcedureAndCollectionStaysWithinItsLimit() throws Exception {
        Handling h = data.agency("当场限额局");
        call(post(ON_THE_SPOT), h.officer(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"FINE\"], \"fine\": 3001, \"waived\": true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第五十一条"))
                .andExpect(jsonPath("$.detail").value(containsString("应适用普通程序")));
        call(post(ON_THE_SPOT), h.officer(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"FINE\"], \"fine\": 1500, \"waived\": true, \"collected\": true, "
                        + "\"receiptNumber\": \"豫财罚0001\"")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第六十八条、第六十九条"));
        call(post(ON_THE_SPOT), h.officer(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"FINE\"], \"fine\": 1500, \"waived\": true, \"collected\": true"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receiptNumber"));
        call(post(ON_THE_SPOT), h.officer(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"FINE\"], \"fine\": 1500, \"statement\": \"认可违法事实\"")
                .replace("\"certificatesShown\": true", "\"certificatesShown\": false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政处罚法第五十二条"));
        String collected = call(post(ON_THE_SPOT), h.officer(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"FINE\"], \"fine\": 1500, \"statement\": \"认可违法事实\", \"collected\": true, "
                        + "\"hardToCollect\": true, \"receiptNumber\": \"豫财罚0002\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(collected, "$.caseId")).longValue();
        call(get(CASES + id), h.officer(), null).andExpect(jsonPath("$.account.owed").value("0.00"))
                .andExpect(jsonPath("$.decisionNumber").value(org.hamcrest.Matchers.endsWith("〕1号")));
        call(post(ON_THE_SPOT), RegistryTestData.supervisor(), decision(UUID.randomUUID().toString(), h,
                "\"penalties\": [\"WARNING\"], \"waived\": true")).andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsARefusalInChineseAndADecisionOpensItsCase() throws Exception {
        Handling h = data.agency("当场页面局");
        mvc.perform(get("/casework/on-the-spot/new").with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第五十一条")));
        MockHttpServletRequestBuilder refused = form(h, "5000");
        mvc.perform(refused).andExpect(status().isOk())
                .andExpect(content().string(containsString("应适用普通程序")))
                .andExpect(content().string(containsString("行政处罚法第五十一条")));
        mvc.perform(form(h, "2000")).andExpect(redirectedUrlPattern("/casework/cases/*"));
    }

    private MockHttpServletRequestBuilder form(Handling h, String fine) {
        return post("/casework/on-the-spot").with(user(h.officer())).with(csrf())
                .param("requestKey", UUID.randomUUID().toString()).param("partyCode", h.party().creditCode())
                .param("itemId", String.valueOf(h.penaltyItem().id()))
                .param("handlerIds", String.valueOf(h.handlers().get(0)), String.valueOf(h.handlers().get(1)))
                .param("place", "郏县龙山街道文化路").param("facts", "售卖过期食品").param("factsCertain", "true")
                .param("penalties", "FINE").param("fine", fine).param("tier", "一般")
                .param("certificatesShown", "true").param("waived", "true");
    }

    private static String decision(String key, Handling h, String penalty) {
        return """
                {"requestKey": "%s", "decision": {"partyCode": "%s", "itemId": %d, "handlerIds": [%d, %d],
                 "place": "郏县龙山街道文化路", "facts": "售卖过期食品", "factsCertain": true, "tier": "一般",
                 "certificatesShown": true, %s}}""".formatted(key, h.party().creditCode(), h.penaltyItem().id(),
                h.handlers().get(0), h.handlers().get(1), penalty);
    }

    private ResultActions step(SignedInUser caller, long id, String step, String fields) throws Exception {
        String more = fields.isBlank() ? "" : ", " + fields;
        return call(post(CASES + id + "/" + step), caller, "{\"requestKey\": \"" + UUID.randomUUID() + "\", "
                + "\"version\": " + data.version(id) + more + "}");
    }

    private String json(String path, SignedInUser caller) throws Exception {
        return mvc.perform(get(path).with(user(caller))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
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
