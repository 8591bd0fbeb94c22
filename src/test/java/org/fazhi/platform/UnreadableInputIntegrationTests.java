package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A body the API cannot even read is answered like any other bad input: 400, problem+json, and for each problem
 * the field (as a JSON path) and, in Chinese, what it should have been — on the older APIs and the new ones.
 */
@FazhiIntegrationTest
class UnreadableInputIntegrationTests {

    private static final String OFFICER = """
            {"agencyId": 1, "name": "测试某", "idNumber": "", "post": "ENFORCEMENT",
             "establishment": "CIVIL_SERVANT", "areas": ["MARKET"], "status": "ACTIVE", "version": 0}""";

    @Autowired MockMvc mvc;

    @Test
    void aTextWhereANumberBelongs() throws Exception {
        send(post("/api/v1/registry/officers"), OFFICER.replace("\"agencyId\": 1", "\"agencyId\": \"甲局\""))
                .andExpect(field("agencyId", "应为整数"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
        send(post("/api/v1/registry/officers"), OFFICER.replace("\"ENFORCEMENT\"", "\"CHIEF\""))
                .andExpect(jsonPath("$.errors[0].field").value("post"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("“CHIEF”不是可选值，可选值为："),
                        org.hamcrest.Matchers.containsString("ENFORCEMENT"))));
    }

    @Test
    void aSingleValueWhereAListBelongs() throws Exception {
        send(post("/api/v1/registry/officers"), OFFICER.replace("[\"MARKET\"]", "\"MARKET\""))
                .andExpect(field("areas", "应为列表（JSON 数组）"));
    }

    @Test
    void anOmittedVersionIsRequired() throws Exception {
        send(post("/api/v1/registry/officers"), OFFICER.replace(", \"version\": 0", ""))
                .andExpect(field("version", "必填，不能省略或为 null"));
    }

    @Test
    void aNumberTooLargeForItsField() throws Exception {
        send(post("/api/v1/registry/officers"), OFFICER.replace("\"version\": 0", "\"version\": 99999999999"))
                .andExpect(field("version", "数值超出允许的范围"));
    }

    @Test
    void brokenJsonSaysWhere() throws Exception {
        send(post("/api/v1/registry/officers"), "{\"agencyId\": 1,\n \"name\": \"测试某\",, }")
                .andExpect(field("", "JSON 格式错误（第 2 行、该行第 22 字节附近）：请检查引号、逗号和括号是否成对"));
        send(post("/api/v1/registry/officers"), "").andExpect(field("", "请求体为空：应为 JSON 对象"));
    }

    @Test
    void anUnparsableDateShowsTheExpectedForm() throws Exception {
        long party = 1;
        send(post("/api/v1/entities/parties/" + party + "/grades"),
                "{\"grade\": \"A\", \"gradedOn\": \"2026/03/25\", \"source\": \"市场监管局\"}")
                .andExpect(field("gradedOn", "日期格式应为 2026-03-25"));
    }

    @Test
    void theInspectionApiNamesAnItemOfAListAndAQueryParameter() throws Exception {
        String plan = """
                {"name": "计划", "kind": "ANNUAL", "leadAgencyId": 1, "itemIds": [1, "二"], "version": 0}""";
        send(post("/api/v1/inspection/plans"), plan).andExpect(field("itemIds[1]", "应为整数"));
        send(post("/api/v1/inspection/plans"), plan.replace("\"ANNUAL\"", "\"YEARLY\""))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("“YEARLY”不是可选值，可选值为：ANNUAL、SPECIAL"));
        send(post("/api/v1/inspection/tasks/1/decisions"), "{\"version\": 1, \"approve\": \"是\"}")
                .andExpect(field("approve", "应为 true 或 false"));
        mvc.perform(get("/api/v1/inspection/tasks").param("status", "OPEN")
                        .with(user(RegistryTestData.supervisor())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "“OPEN”不是可选值，可选值为：AWAITING_APPROVAL、APPROVED")));
        mvc.perform(get("/api/v1/inspection/tasks").param("from", "2026-3-1")
                        .with(user(RegistryTestData.supervisor())))
                .andExpect(status().isBadRequest()).andExpect(field("from", "日期格式应为 2026-03-25"));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("提交的数据有误，请按提示修改。"));
    }

    private static org.springframework.test.web.servlet.ResultMatcher field(String field, String message) {
        return result -> {
            jsonPath("$.errors[0].field").value(field).match(result);
            jsonPath("$.errors[0].message").value(message).match(result);
        };
    }
}
