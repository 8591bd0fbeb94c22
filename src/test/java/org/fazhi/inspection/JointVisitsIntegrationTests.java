package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.JointVisits;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 综合查一次: two agencies' visits to one party a few days apart become one joint visit once both accept. */
@FazhiIntegrationTest
class JointVisitsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired JointVisits jointVisits;
    @Autowired MockMvc mvc;

    @Test
    void twoAgenciesVisitsBecomeOneWhenBothAccept() throws Exception {
        Inspecting market = data.agency("合并甲局", 2);
        Inspecting fire = data.agency("合并乙局", 2);
        Party party = data.enterprise(false);
        LocalDate from = LocalDate.now().plusDays(3);
        InspectionTask first = tasks.create(user(Role.OFFICER, market.agency().id()),
                InspectionTestData.routineForm(market, party, from));
        InspectionTask second = tasks.create(user(Role.OFFICER, fire.agency().id()),
                InspectionTestData.routineForm(fire, party, from.plusDays(5)));

        JointVisits.Proposal proposal = proposalFor(agencyAdmin(market.agency()), party);
        assertThat(proposal.taskIds()).containsExactly(first.id(), second.id());
        assertThat(jointVisits.accept(agencyAdmin(market.agency()), proposal.id())).isEmpty();
        assertThatThrownBy(() -> jointVisits.accept(supervisor(), proposal.id()))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/inspection/joint-visits").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(agencyAdmin(fire.agency()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(party.name())));

        long merged = jointVisits.accept(agencyAdmin(fire.agency()), proposal.id()).orElseThrow();

        InspectionTask joint = tasks.get(supervisor(), merged);
        assertThat(merged).isEqualTo(first.id());
        assertThat(joint.agencyIds()).containsExactlyInAnyOrder(market.agency().id(), fire.agency().id());
        assertThat(joint.itemIds()).containsExactlyInAnyOrder(market.item().id(), fire.item().id());
        assertThat(joint.inspectors()).hasSize(4);
        assertThat(joint.isJoint()).isTrue();
        InspectionTask absorbed = tasks.get(supervisor(), second.id());
        assertThat(absorbed.status()).isEqualTo(TaskStatus.REVOKED);
        assertThat(absorbed.originNote()).contains(joint.code());
    }

    @Test
    void oneAgencysOwnVisitsAreNotProposedForMerging() {
        Inspecting market = data.agency("自合并局", 2);
        Party party = data.enterprise(false);
        LocalDate from = LocalDate.now().plusDays(3);
        tasks.create(user(Role.OFFICER, market.agency().id()), InspectionTestData.routineForm(market, party, from));
        tasks.create(user(Role.OFFICER, market.agency().id()), InspectionTestData.routineForm(market, party, from));

        List<JointVisits.Proposal> proposals = jointVisits.open(agencyAdmin(market.agency()));
        assertThat(proposals).noneMatch(proposal -> proposal.partyId() == party.id());
    }

    private JointVisits.Proposal proposalFor(org.fazhi.identity.SignedInUser user, Party party) {
        return jointVisits.open(user).stream().filter(proposal -> proposal.partyId() == party.id()).findFirst()
                .orElseThrow();
    }
}
