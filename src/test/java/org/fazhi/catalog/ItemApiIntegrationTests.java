package org.fazhi.catalog;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The item REST API: filing, searching as of a date or with history, correcting and revising. */
@FazhiIntegrationTest
class ItemApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;

    static String body(long agencyId, String code, String name, String from, int version) {
        return """
                {"agencyId": %d, "code": "%s", "name": "%s", "category": "INSPECTION", "enterpriseRelated": true,
                 "effectiveFrom": "%s", "effectiveTo": null,
                 "legalBases": [{"law": "中华人民共和国安全生产法", "article": "第六十五条", "quoted": "应急管理部门依法开展监督检查"}],
                 "delegations": [], "version": %d}""".formatted(agencyId, code, name, from, version);
    }

    @Test
    void filesSearchesAndRevisesAnItemWithItsHistory() throws Exception {
        Agency agency = registry.agency("接口事项局");
        String code = CatalogTestData.code();
        String created = mvc.perform(post("/api/v1/catalog/items").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(agency.id(), code, "安全生产监督检查", "2024-01-01", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.inForce").value(true))
                .andExpect(jsonPath("$.legalBases[0].article").value("第六十五条"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/catalog/items/" + id + "/revisions").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(agency.id(), "IGNORED", "安全生产监督检查（修订）", "2025-07-01", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.effectiveFrom").value("2025-07-01"));

        mvc.perform(get("/api/v1/catalog/items/" + id + "/versions").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].effectiveTo").value("2025-06-30"))
                .andExpect(jsonPath("$[1].name").value("安全生产监督检查（修订）"));
        mvc.perform(get("/api/v1/catalog/items").param("text", code).param("on", "2024-03-01")
                        .with(user(RegistryTestData.leader())))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/catalog/items").param("text", code).param("history", "true")
                        .with(user(RegistryTestData.leader())))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void aStaleCorrectionIsRefusedWithConflict() throws Exception {
        Agency agency = registry.agency("并发局");
        String code = CatalogTestData.code();
        String created = mvc.perform(post("/api/v1/catalog/items").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(agency.id(), code, "并发检查", "2024-01-01", 0)))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/catalog/items/" + id).with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(agency.id(), code, "并发检查（一）", "2024-01-01", 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/catalog/items/" + id).with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(agency.id(), code, "并发检查（二）", "2024-01-01", 0)))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsAnsweredInChineseNamingEachField() throws Exception {
        String body = """
                {"agencyId": 999999999, "code": "坏编码", "name": "x", "category": "PENALTY",
                 "effectiveFrom": "2024-01-01", "legalBases": [], "version": 0}""";
        mvc.perform(post("/api/v1/catalog/items").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("事项编码应为2-40位字母、数字或连字符")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("至少填写一项法律依据")));
    }

    @Test
    void theOpenApiDocumentDescribesTheItems() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/items']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/items/{id}/revisions']").exists());
    }
}
