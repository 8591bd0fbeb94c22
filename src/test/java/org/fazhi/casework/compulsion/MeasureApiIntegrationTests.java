package org.fazhi.casework.compulsion;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 查封、扣押 through the API on PostgreSQL: approval, extension, lifting and return, retries, conflicts, scope. */
@FazhiIntegrationTest
class MeasureApiIntegrationTests {

    private static final String API = "/api/v1/casework/";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;

    @Test
    void aSeizureIsApprovedExtendedOnceLiftedAndClosedWhenEveryItemIsBack() throws Exception {
        Handling h = data.agency("扣押全程局");
        long caseId = data.filed(h);
        long id = propose(h, caseId, false);
        String measure = API + "measures/" + id;

        act(h.officer(), id, "approval", "").andExpect(status().isForbidden());
        act(h.head(), id, "approval", "\"note\": \"同意扣押\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_FORCE"));
        act(h.head(), id, "extension", "\"days\": 30, \"reason\": \"案情复杂，需送检\"")
                .andExpect(jsonPath("$.state").value("IN_FORCE"));
        act(h.head(), id, "extension", "\"days\": 10, \"reason\": \"再延\"").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.legalBasis").value("行政强制法第二十五条"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        act(h.head(), id, "lifting", "\"liftingReason\": \"NOT_RELATED\", \"note\": \"经查与违法行为无关\"")
                .andExpect(jsonPath("$.state").value("LIFTED"));
        act(h.officer(), id, "returns", "\"line\": 1, \"returnedTo\": \"李建国\"").andExpect(status().isOk());
        act(h.officer(), id, "closure", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("尚有1项物品未退还，不能办结。"));
        act(h.officer(), id, "returns", "\"line\": 2, \"returnedTo\": \"李建国\"").andExpect(status().isOk());
        act(h.officer(), id, "closure", "").andExpect(jsonPath("$.state").value("CLOSED"));

        call(get(measure), RegistryTestData.supervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.extension.days").value(30))
                .andExpect(jsonPath("$.lifting.reason").value("NOT_RELATED"))
                .andExpect(jsonPath("$.items[*].returnedTo", hasItem("李建国")))
                .andExpect(jsonPath("$.decisionNumber").isNotEmpty())
                .andExpect(jsonPath("$.timeline[?(@.refused == true)].legalBasis", hasItem("行政强制法第二十八条")))
                .andExpect(jsonPath("$.timeline[?(@.refused == false)]", hasSize(7)));
        call(get(API + "cases/" + caseId + "/measures"), h.officer(), null)
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].returned").value(2));
    }

    @Test
    void theDecisionItsListAndTheExtensionNoticeAreDownloadedAsDocx() throws Exception {
        Handling h = data.agency("扣押文书局");
        long id = propose(h, data.filed(h), true);
        call(get(API + "measures/" + id + "/documents/extension"), h.officer(), null).andExpect(status().isNotFound());
        act(h.head(), id, "approval", "").andExpect(status().isOk());
        act(h.head(), id, "extension", "\"days\": 15, \"reason\": \"需要检验检测\"").andExpect(status().isOk());

        XWPFDocument list = docx(h, id, "list");
        List<String> rows = list.getTables().get(0).getRows().stream().map(MeasureApiIntegrationTests::text).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("1", "过期奶粉", "900克/罐", "12罐", "外包装完好"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("2", "过期饼干", "2.5箱", "门店库房"));
        String decision = new XWPFWordExtractor(docx(h, id, "decision")).getText();
        assertThat(decision).contains("扣押", "《中华人民共和国食品安全法》第一百一十条", "县市场监管局涉案物品仓库", "涉嫌经营过期食品");
        String notice = new XWPFWordExtractor(docx(h, id, "extension")).getText();
        assertThat(notice).contains("需要检验检测", "延长");
    }

    @Test
    void liftingIssuesTheReleaseDecisionNumberedInItsOwnSeriesCitingTheArticleAndThePartysAddress() throws Exception {
        Handling h = data.agency("解除文书局");
        long id = propose(h, data.filed(h), false);
        act(h.head(), id, "approval", "").andExpect(status().isOk());
        call(get(API + "measures/" + id + "/documents/release"), h.officer(), null).andExpect(status().isNotFound());
        act(h.head(), id, "lifting", "\"liftingReason\": \"NOT_RELATED\"").andExpect(status().isOk());

        String json = call(get(API + "measures/" + id), h.officer(), null).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String decisionNumber = com.jayway.jsonpath.JsonPath.read(json, "$.decisionNumber");
        String releaseNumber = com.jayway.jsonpath.JsonPath.read(json, "$.lifting.number");
        assertThat(releaseNumber).matches(".+解封〔\\d{4}〕1号");
        String release = new XWPFWordExtractor(docx(h, id, "release")).getText();
        assertThat(release).contains("解除查封（扣押）决定书", releaseNumber, decisionNumber, h.party().name(),
                "查封、扣押的场所、设施或者财物与违法行为无关", "《中华人民共和国行政强制法》第二十八条第一款第二项",
                "解除扣押", "县市场监管局涉案物品仓库", "测试路1号", "13912345678");
        assertThat(release).doesNotContain("{{");
        assertThat(new XWPFWordExtractor(docx(h, id, "decision")).getText()).contains("测试路1号", "13912345678");
    }

    @Test
    void aRetryAnswersTheFirstOutcomeAndAStaleVersionAConflict() throws Exception {
        Handling h = data.agency("扣押重试局");
        long caseId = data.filed(h);
        String key = UUID.randomUUID().toString();
        String body = newMeasure(h, key, false);
        String first = call(post(API + "cases/" + caseId + "/measures"), h.officer(), body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        call(post(API + "cases/" + caseId + "/measures"), h.officer(), body).andExpect(content().json(first));
        call(get(API + "cases/" + caseId + "/measures"), h.officer(), null).andExpect(jsonPath("$", hasSize(1)));

        long id = ((Number) com.jayway.jsonpath.JsonPath.read(first, "$.measureId")).longValue();
        String approval = "{\"requestKey\": \"" + UUID.randomUUID() + "\", \"version\": 0}";
        String approved = call(post(API + "measures/" + id + "/approval"), h.head(), approval)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        call(post(API + "measures/" + id + "/approval"), h.head(), approval).andExpect(content().json(approved));
        call(post(API + "measures/" + id + "/lifting"), h.head(), "{\"requestKey\": \"" + UUID.randomUUID()
                + "\", \"version\": 0, \"liftingReason\": \"NO_VIOLATION\"}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(get(API + "measures/" + id), h.officer(), null).andExpect(jsonPath("$.state").value("IN_FORCE"));
    }

    @Test
    void anotherAgencysMeasureIsNotFoundReadersMayNotActAndStrangersAreAskedToSignIn() throws Exception {
        Handling h = data.agency("扣押甲局");
        Handling other = data.agency("扣押乙局");
        long caseId = data.filed(h);
        long id = propose(h, caseId, false);
        String approval = "{\"requestKey\": \"" + UUID.randomUUID() + "\", \"version\": 0}";

        call(get(API + "measures/" + id), other.officer(), null).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post(API + "measures/" + id + "/approval"), other.head(), approval).andExpect(status().isNotFound());
        call(post(API + "cases/" + caseId + "/measures"), other.officer(), newMeasure(other, UUID.randomUUID()
                .toString(), false)).andExpect(status().isNotFound());
        call(get(API + "measures/" + id + "/documents/list"), other.officer(), null).andExpect(status().isNotFound());
        call(get(API + "measures"), other.head(), null).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        call(get(API + "measures"), h.officer(), null).andExpect(jsonPath("$[*].id", hasItem((int) id)));
        call(get(API + "measures").param("agency", String.valueOf(h.agencyId())), RegistryTestData.supervisor(), null)
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        for (SignedInUser reader : new SignedInUser[] {RegistryTestData.leader(), RegistryTestData.supervisor(),
                RegistryTestData.user(Role.RECONSIDERATION, null)}) {
            call(get(API + "measures/" + id), reader, null).andExpect(status().isOk());
            call(post(API + "measures/" + id + "/approval"), reader, approval).andExpect(status().isForbidden());
        }
        call(get(API + "measures/" + id), RegistryTestData.enterprise(h.party().id()), null)
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "measures/" + id)).andExpect(status().isUnauthorized());
        call(post(API + "cases/" + caseId + "/measures"), h.officer(), "{\"requestKey\": \"" + UUID.randomUUID()
                + "\", \"kind\": \"SEIZURE\", \"officerIds\": [1]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officerIds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("items")));
    }

    private long propose(Handling h, long caseId, boolean urgent) throws Exception {
        String created = call(post(API + "cases/" + caseId + "/measures"), h.officer(),
                newMeasure(h, UUID.randomUUID().toString(), urgent)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value(urgent ? "URGENT" : "PROPOSED"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.measureId")).longValue();
    }

    static String newMeasure(Handling h, String key, boolean urgent) {
        return """
                {"requestKey": "%s", "kind": "SEIZURE", "urgent": %s, "reason": "涉嫌经营过期食品",
                 "legalBasis": "《中华人民共和国食品安全法》第一百一十条", "placeKept": "县市场监管局涉案物品仓库",
                 "officerIds": [%d, %d],
                 "items": [{"name": "过期奶粉", "specification": "900克/罐", "quantity": 12, "unit": "罐",
                            "condition": "外包装完好"},
                           {"name": "过期饼干", "specification": "500克/袋", "quantity": 2.5, "unit": "箱",
                            "condition": "已拆封", "placeKept": "门店库房"}]}
                """.formatted(key, urgent, h.handlers().get(0), h.handlers().get(1));
    }

    private ResultActions act(SignedInUser caller, long id, String act, String fields) throws Exception {
        int version = ((Number) com.jayway.jsonpath.JsonPath.read(call(get(API + "measures/" + id), caller, null)
                .andReturn().getResponse().getContentAsString(), "$.version")).intValue();
        String more = fields.isBlank() ? "" : ", " + fields.strip();
        return call(post(API + "measures/" + id + "/" + act), caller,
                "{\"requestKey\": \"" + UUID.randomUUID() + "\", \"version\": " + version + more + "}");
    }

    private XWPFDocument docx(Handling h, long id, String document) throws Exception {
        byte[] bytes = call(get(API + "measures/" + id + "/documents/" + document), h.officer(), null)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(XWPFTableRow row) {
        return String.join("|", row.getTableCells().stream().map(cell -> cell.getText()).toList());
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
