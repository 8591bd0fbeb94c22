package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Data scope and roles: an agency keeps only its own items, read-only roles never write, strangers get 401. */
@FazhiIntegrationTest
class ItemAuthorizationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired EnforcementItems items;

    private Agency agencyA;
    private EnforcementItem itemOfA;
    private EnforcementItem itemOfB;
    private SignedInUser legalOfficeOfA;

    @BeforeEach
    void twoAgenciesWithAnItemEach() {
        agencyA = registry.agency("事项甲局");
        Agency agencyB = registry.agency("事项乙局");
        itemOfA = data.item(agencyA, "对甲局管辖违法行为的行政处罚", LocalDate.of(2024, 1, 1), null);
        itemOfB = data.item(agencyB, "对乙局管辖违法行为的行政处罚", LocalDate.of(2024, 1, 1), null);
        legalOfficeOfA = RegistryTestData.agencyAdmin(agencyA);
    }

    @Test
    void anAgencysLegalOfficeCorrectsItsOwnItem() throws Exception {
        mvc.perform(put("/api/v1/catalog/items/" + itemOfA.id()).with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ItemApiIntegrationTests.body(agencyA.id(), itemOfA.code(), "甲局自行更正的事项", "2024-01-01", 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("甲局自行更正的事项"));
        mvc.perform(get("/catalog/items/" + itemOfA.id() + "/edit").with(user(legalOfficeOfA))).andExpect(status().isOk());
    }

    @Test
    void anAgencysLegalOfficeNeitherSeesNorChangesAnotherAgencysItem() throws Exception {
        mvc.perform(get("/catalog/items/" + itemOfB.id()).with(user(legalOfficeOfA))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/items/" + itemOfB.id() + "/edit").with(user(legalOfficeOfA))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/catalog/items/" + itemOfB.id()).with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ItemApiIntegrationTests.body(itemOfB.agencyId(), itemOfB.code(), "越权更正", "2024-01-01", 0)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/catalog/items").with(user(legalOfficeOfA)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(itemOfB.name()))))
                .andExpect(content().string(containsString(itemOfA.name())));
        assertThat(items.get(RegistryTestData.admin(), itemOfB.id()).name()).isEqualTo(itemOfB.name());
    }

    @Test
    void anAgencysLegalOfficeCannotFileAnItemForAnotherAgency() throws Exception {
        mvc.perform(post("/api/v1/catalog/items").with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ItemApiIntegrationTests.body(itemOfB.agencyId(), CatalogTestData.code(), "塞给乙局", "2024-01-01", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyId"))
                .andExpect(jsonPath("$.errors[0].message").value("只能维护本单位的执法事项"));
    }

    @Test
    void anOfficerSeesOnlyItsOwnAgencysItemsAndCannotWrite() throws Exception {
        SignedInUser officerOfA = RegistryTestData.user(Role.OFFICER, agencyA.id());
        mvc.perform(get("/api/v1/catalog/items").param("agency", String.valueOf(itemOfB.agencyId())).with(user(officerOfA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/catalog/items/" + itemOfA.id()).with(user(officerOfA)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(post("/api/v1/catalog/items").with(user(officerOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeaderReadsEveryAgencysItemsButCannotWrite() throws Exception {
        SignedInUser leader = RegistryTestData.leader();
        mvc.perform(get("/catalog/items/" + itemOfB.id()).with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/catalog/items/new").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/catalog/items").with(user(leader)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ItemApiIntegrationTests.body(agencyA.id(), CatalogTestData.code(), "领导登记", "2024-01-01", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/catalog/items/" + itemOfA.id() + "/revise").with(user(leader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/catalog/items/import").with(user(leader))).andExpect(status().isForbidden());
    }

    @Test
    void enterprisesHaveNoBusinessHereAndStrangersMustSignIn() throws Exception {
        mvc.perform(get("/catalog/items").with(user(RegistryTestData.user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/items")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/catalog/items/" + itemOfA.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/catalog/items")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        items.end(RegistryTestData.admin(), itemOfA.id(), LocalDate.of(2024, 12, 31), itemOfA.version());
        assertThat(registry.auditTrail(EnforcementItems.RECORD_TYPE, itemOfA.id()))
                .containsExactly("DATA_CREATED:" + String.join(",", org.fazhi.shared.ChangedFields.of(EnforcementItem.class)),
                        "DATA_UPDATED:effectiveTo");
    }
}
