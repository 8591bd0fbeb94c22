package org.fazhi.inspection;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.OtherVisitForm;
import org.fazhi.inspection.task.OtherVisitKind;
import org.fazhi.inspection.task.OtherVisits;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Non-enforcement visits: recorded, counted for the repeat warning, never toward the yearly cap. */
@FazhiIntegrationTest
class OtherVisitsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired OtherVisits otherVisits;
    @Autowired Tasks tasks;
    @Autowired MockMvc mvc;

    @Test
    void aSurveyLastWeekMakesAnInspectionThisWeekARepeatVisit() throws Exception {
        Inspecting inspecting = data.agency("调研局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        otherVisits.record(officer, new OtherVisitForm(party.creditCode(), OtherVisitKind.SURVEY,
                LocalDate.now().minusDays(7), "了解企业复工复产情况"));

        InspectionTask task = tasks.create(officer, InspectionTestData.routineForm(inspecting, party, LocalDate.now()));

        assertThat(task.frequencyOutcome()).isEqualTo(FrequencyVerdict.Outcome.WARNED);
        assertThat(otherVisits.latest(officer)).anySatisfy(row -> assertThat(row.partyName()).isEqualTo(party.name()));
        mvc.perform(get("/inspection/other-visits").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("了解企业复工复产情况")));
        mvc.perform(get("/inspection/parties/" + party.id() + "/calendar").with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user(user(Role.LEADER, null))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.allOf(
                        containsString("调研（非执法）"), containsString(task.code()), containsString("专项检查"))));
        mvc.perform(get("/inspection/parties/" + party.id() + "/calendar").with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.user(user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAFutureDateAnUnknownPartyAndUsersWithoutAnAgency() {
        Inspecting inspecting = data.agency("登记局", 2);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        Party party = data.enterprise(false);

        assertThatThrownBy(() -> otherVisits.record(officer, new OtherVisitForm(party.creditCode(),
                OtherVisitKind.POLICY, LocalDate.now().plusDays(2), "政策宣讲"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("inspection.other.date.future");
        assertThatThrownBy(() -> otherVisits.record(officer, new OtherVisitForm("91410425MA00000000",
                OtherVisitKind.POLICY, LocalDate.now(), "政策宣讲"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> otherVisits.record(supervisor(), new OtherVisitForm(party.creditCode(),
                OtherVisitKind.GUIDANCE, LocalDate.now(), "督导"))).isInstanceOf(AccessDeniedException.class);
    }
}
