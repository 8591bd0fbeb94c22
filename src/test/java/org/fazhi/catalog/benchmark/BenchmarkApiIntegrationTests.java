package org.fazhi.catalog.benchmark;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The benchmark API: drafting, publishing and checking, and its refusals. */
@FazhiIntegrationTest
class BenchmarkApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;

    @Test
    void draftsPublishesAndChecksThroughTheApi() throws Exception {
        Agency agency = registry.agency("接口基准局");
        ItemRef item = catalog.penaltyItem(agency);
        String created = mvc.perform(post("/api/v1/catalog/benchmarks").with(user(RegistryTestData.agencyAdmin(agency)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BenchmarkTestData.benchmarkJson(item.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.tiers[1].fineMax").value("5000.00"))
                .andExpect(jsonPath("$.tiers[2].fineBasis").value("ILLEGAL_GAINS"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").trim());
        mvc.perform(post("/api/v1/catalog/benchmarks/" + id + "/publish").with(user(RegistryTestData.supervisor())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
        mvc.perform(get("/api/v1/catalog/benchmarks/" + id).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.itemCode").value(item.code()));

        String proposal = """
                {"itemId": %d, "tier": "较重", "kinds": ["FINE", "CONFISCATE_GAINS"], "fine": "7,000",
                 "illegalGains": "2000", "decidedOn": "2026-03-25"}""".formatted(item.id());
        mvc.perform(post("/api/v1/catalog/benchmarks/check").with(user(RegistryTestData.user(Role.OFFICER, agency.id())))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(proposal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.within").value(false))
                .andExpect(jsonPath("$.findings[0].reason").value("FINE_ABOVE_MAXIMUM"))
                .andExpect(jsonPath("$.findings[0].limit").value("6000.00"))
                .andExpect(jsonPath("$.findings[0].message").value("罚款¥7,000.00高于本档次上限¥6,000.00"));
        mvc.perform(post("/api/v1/catalog/benchmarks/check").with(user(RegistryTestData.leader())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(proposal.replace("7,000", "6000")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.within").value(true));
    }

    @Test
    void aBenchmarkForANonPenaltyItemIsRefusedInChinese() throws Exception {
        ItemRef inspection = catalog.item(registry.agency("检查局"), ItemCategory.INSPECTION, BenchmarkTestData.SINCE, null);
        mvc.perform(post("/api/v1/catalog/benchmarks").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BenchmarkTestData.benchmarkJson(inspection.id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("itemId"))
                .andExpect(jsonPath("$.errors[0].message").value("只有行政处罚事项才能制定裁量基准"));
    }

    @Test
    void anotherAgencysBenchmarkIsNotFoundAndReadOnlyRolesMayNotWrite() throws Exception {
        Agency own = registry.agency("甲基准局");
        Agency other = registry.agency("乙基准局");
        ItemRef otherItem = catalog.penaltyItem(other);
        String created = mvc.perform(post("/api/v1/catalog/benchmarks").with(user(RegistryTestData.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BenchmarkTestData.benchmarkJson(otherItem.id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").trim());
        mvc.perform(get("/api/v1/catalog/benchmarks/" + id).with(user(RegistryTestData.agencyAdmin(own))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/catalog/benchmarks/" + id).with(user(RegistryTestData.user(Role.OFFICER, own.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/catalog/benchmarks/" + id + "/publish").with(user(RegistryTestData.agencyAdmin(own)))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/catalog/benchmarks/" + id + "/publish").with(user(RegistryTestData.leader())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/catalog/benchmarks/" + id + "/publish").with(user(RegistryTestData.leader())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/catalog/benchmarks").with(user(RegistryTestData.leader())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BenchmarkTestData.benchmarkJson(otherItem.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/benchmarks?agency=" + other.id()).with(user(RegistryTestData.agencyAdmin(own))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void callersWithoutCredentialsGet401AndEnterprisesAreKeptOut() throws Exception {
        mvc.perform(get("/api/v1/catalog/benchmarks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/catalog/flexible")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/catalog/benchmarks/check").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/catalog/benchmarks").with(user(RegistryTestData.user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesBenchmarksAndFlexibleLists() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/benchmarks/check']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/benchmarks/{id}/publish']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/flexible/{id}']").exists());
    }
}
