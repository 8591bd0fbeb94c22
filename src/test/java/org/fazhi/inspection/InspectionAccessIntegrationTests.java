package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection module's declared URL rules (InspectionAccess) and navigation, each exception from the usual
 * "staff read, keepers write" shown with who passes and who is refused.
 */
@FazhiIntegrationTest
class InspectionAccessIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void conflictsOfInterestAreForKeepersAndOfficersOnly() throws Exception {
        mvc.perform(get("/inspection/conflicts").with(as(Role.OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/inspection/conflicts").with(as(Role.LEADER))).andExpect(status().isForbidden());
        mvc.perform(get("/inspection/plans").with(as(Role.LEADER))).andExpect(status().isOk());
    }

    @Test
    void officersAskForInspectionsButOnlyKeepersWritePlans() throws Exception {
        mvc.perform(post("/inspection/tasks").with(as(Role.LEADER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/inspection/plans").with(as(Role.OFFICER)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theEnterprisePagesAreTheEnterprisesAndAVisitCodeIsOpenToAnyone() throws Exception {
        mvc.perform(get("/enterprise/inspections").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        mvc.perform(get("/inspection/tasks").with(as(Role.ENTERPRISE))).andExpect(status().isForbidden());
        mvc.perform(get("/visit/not-a-code")).andExpect(status().isOk());
    }

    @Test
    void theNavigationShowsEachRoleItsOwnLinks() throws Exception {
        mvc.perform(get("/inspection/plans").with(as(Role.LEADER)))
                .andExpect(content().string(allOf(containsString("href=\"/inspection/tasks\""),
                        not(containsString("href=\"/inspection/conflicts\"")),
                        not(containsString("href=\"/enterprise/inspections\"")))));
        mvc.perform(get("/inspection/plans").with(as(Role.OFFICER)))
                .andExpect(content().string(containsString("href=\"/inspection/conflicts\"")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                role == Role.ENTERPRISE ? RegistryTestData.enterprise(1) : user(role, role == Role.OFFICER ? 1L : null));
    }
}
