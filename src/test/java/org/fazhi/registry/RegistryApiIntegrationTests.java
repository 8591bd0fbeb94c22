package org.fazhi.registry;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.Certificate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class RegistryApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;

    @Test
    void registersAnAgencyAndReadsItBack() throws Exception {
        String name = "接口登记局" + RegistryTestData.suffix();
        String location = mvc.perform(post("/api/v1/registry/agencies").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(RegistryJson.agency(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(location.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/registry/agencies/" + id).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("COUNTY_DEPARTMENT"));
    }

    @Test
    void badInputIsAnsweredInChineseNamingEachField() throws Exception {
        String body = """
                {"name": "", "kind": "COUNTY_DEPARTMENT", "regionCode": "410425", "creditCode": "123",
                 "legalBasis": "依据", "areas": [], "version": 0}""";
        mvc.perform(post("/api/v1/registry/agencies").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("提交的数据有误，请按提示修改。"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        String badCode = body.replace("\"name\": \"\"", "\"name\": \"校验局\"");
        mvc.perform(post("/api/v1/registry/agencies").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(badCode))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码应为18位"));
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistry() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/registry/agencies']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/registry/officers/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/registry/certificates/{id}/suspend']").exists());
    }

    @Test
    void theCertificateListTakesThePagesExpiringShortcutOrItsOwnNumberOfDays() throws Exception {
        Agency agency = data.agency("接口到期局");
        LocalDate today = LocalDate.now();
        Certificate soon = data.certificate(data.officer(agency), today.minusYears(4), today.plusDays(10));
        Certificate later = data.certificate(data.officer(agency), today.minusYears(4), today.plusDays(60));
        mvc.perform(get("/api/v1/registry/certificates").param("agency", String.valueOf(agency.id()))
                        .param("expiring", "true").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].number", containsInAnyOrder(soon.number())));
        mvc.perform(get("/api/v1/registry/certificates").param("agency", String.valueOf(agency.id()))
                        .param("expiringWithinDays", "90").with(user(RegistryTestData.leader())))
                .andExpect(jsonPath("$.items[*].number", containsInAnyOrder(soon.number(), later.number())));
    }

    @Test
    void theOpenApiDocumentListsEachFilterOfAListAsAQueryParameter() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/registry/officers'].get.parameters[*].name",
                        hasItems("name", "agency", "post", "status", "certified", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/registry/officers'].get.parameters[*].in",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("query"))));
    }
}
