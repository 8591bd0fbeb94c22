package org.fazhi.registry;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The refusals: other agencies' records, read-only roles, enterprises, and callers without credentials. */
@FazhiIntegrationTest
class RegistryAuthorizationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;

    private Agency agencyA;
    private Agency agencyB;
    private Officer officerB;
    private SignedInUser officerOfA;
    private SignedInUser legalOfficeOfA;

    @BeforeEach
    void twoAgencies() {
        agencyA = data.agency("甲局");
        agencyB = data.agency("乙局");
        data.officer(agencyA);
        officerB = data.officer(agencyB);
        officerOfA = RegistryTestData.user(Role.OFFICER, agencyA.id());
        legalOfficeOfA = RegistryTestData.agencyAdmin(agencyA);
    }

    @Test
    void anOfficerOfAgencyACannotReadAgencyBsOfficerByPageOrApi() throws Exception {
        mvc.perform(get("/registry/officers/" + officerB.id()).with(user(officerOfA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/registry/officers/" + officerB.id()).with(user(officerOfA)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/registry/agencies/" + agencyB.id()).with(user(officerOfA))).andExpect(status().isNotFound());
    }

    @Test
    void theOwnAgencysPagesNameTheirEnforcementAreas() throws Exception {
        Officer own = data.officer(agencyA);
        for (String page : new String[] {"/registry/officers/" + own.id(), "/registry/agencies/" + agencyA.id()}) {
            mvc.perform(get(page).with(user(legalOfficeOfA))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("市场监管")))
                    .andExpect(content().string(not(containsString(">null<"))));
        }
    }

    @Test
    void listsShowOnlyTheOwnAgency() throws Exception {
        mvc.perform(get("/registry/officers").with(user(officerOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(officerB.name()))));
        mvc.perform(get("/api/v1/registry/officers").param("agency", String.valueOf(agencyB.id())).with(user(officerOfA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anOfficerCannotChangeOfficersAtAll() throws Exception {
        mvc.perform(post("/registry/officers").with(user(officerOfA)).with(csrf())
                        .param("agencyId", String.valueOf(agencyA.id())).param("name", "越权人员"))
                .andExpect(status().isForbidden());
    }

    @Test
    void agencyAsLegalOfficeCannotChangeAgencyBsOfficer() throws Exception {
        String body = """
                {"agencyId": %d, "name": "改名", "idNumber": "", "post": "ENFORCEMENT",
                 "establishment": "CIVIL_SERVANT", "areas": [], "status": "ACTIVE", "version": 0}"""
                .formatted(agencyB.id());
        mvc.perform(put("/api/v1/registry/officers/" + officerB.id()).with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/registry/officers/" + officerB.id()).with(user(legalOfficeOfA)).with(csrf())
                        .param("agencyId", String.valueOf(agencyB.id())).param("name", "改名").param("post", "ENFORCEMENT")
                        .param("establishment", "CIVIL_SERVANT").param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void agencyAsLegalOfficeCannotRegisterAnOfficerIntoAgencyB() throws Exception {
        String body = """
                {"agencyId": %d, "name": "塞人", "idNumber": "%s", "post": "ENFORCEMENT",
                 "establishment": "CIVIL_SERVANT", "areas": [], "status": "ACTIVE", "version": 0}"""
                .formatted(agencyB.id(), RegistryTestData.idNumber());
        mvc.perform(post("/api/v1/registry/officers").with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyId"))
                .andExpect(jsonPath("$.errors[0].message").value("执法主体不存在或不在您的管理范围内"));
    }

    @Test
    void aLeaderReadsButCannotWrite() throws Exception {
        SignedInUser leader = RegistryTestData.leader();
        mvc.perform(get("/registry/officers/" + officerB.id()).with(user(leader))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/registry/agencies").with(user(leader)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/registry/certificates/1/revoke").with(user(leader)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLegalOfficeCannotIssueCertificatesOrRegisterAgencies() throws Exception {
        mvc.perform(get("/registry/certificates/new").with(user(legalOfficeOfA))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/agencies/import").with(user(legalOfficeOfA))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/registry/agencies").with(user(legalOfficeOfA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryJson.agency("越权登记局" + RegistryTestData.suffix())))
                .andExpect(status().isForbidden());
    }

    @Test
    void enterprisesHaveNoAccessToTheRegistry() throws Exception {
        SignedInUser enterprise = RegistryTestData.user(Role.ENTERPRISE, null);
        mvc.perform(get("/registry/officers").with(user(enterprise))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/registry/agencies").with(user(enterprise))).andExpect(status().isForbidden());
    }

    @Test
    void apiCallsWithoutCredentialsGet401AndWithBasicAuthWork() throws Exception {
        mvc.perform(get("/api/v1/registry/officers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/registry/officers").with(httpBasic("leader", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/registry/agencies").with(httpBasic("leader", "Demo@2026"))).andExpect(status().isOk());
    }
}
