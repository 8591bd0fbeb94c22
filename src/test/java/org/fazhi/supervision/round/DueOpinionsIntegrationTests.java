package org.fazhi.supervision.round;

import java.time.Duration;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 待整改, the agency's side: its legal office sees the opinions addressed to it that wait for measures, with their
 * deadlines, overdue first, then what it answered awaiting acceptance; never another agency's; it cannot accept its
 * own rectification; staff outside the legal office and other counties are refused or see nothing.
 */
@FazhiIntegrationTest
class DueOpinionsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Opinions opinions;
    @Autowired DueOpinions due;
    @Autowired TestClock clock;
    @Autowired RoundTestData data;

    private final SignedInUser supervisor = RegistryTestData.supervisor();

    @Test
    void theLegalOfficeSeesItsOwnOpinionsToAnswerOverdueFirst() throws Exception {
        Agencies a = agencies();
        Opinion recent = issue(a.own(), "近期意见书问题");
        Opinion overdue = clock.earlierBy(Duration.ofDays(60), () -> issue(a.own(), "逾期意见书问题"));
        Opinion elsewhere = issue(a.other(), "他单位意见书问题");
        SignedInUser legalOffice = RegistryTestData.agencyAdmin(a.own());

        DueOpinions.Worklist list = due.of(legalOffice);
        assertThat(list.toAnswer()).extracting(DueOpinions.Due::id).containsExactly(overdue.id(), recent.id());
        assertThat(list.toAnswer().get(0).overdue()).isTrue();
        assertThat(list.toAnswer().get(0).deadline()).isEqualTo(overdue.deadline());
        assertThat(list.toAnswer().get(1).overdue()).isFalse();
        assertThat(list.toAnswer().get(1).daysLeft()).isPositive();
        assertThat(list.toAnswer()).allMatch(d -> d.agencyId() == a.own().id() && d.problems() == 1);

        mvc.perform(get("/supervision/opinions/to-answer").with(user(legalOffice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-opinion=\"" + overdue.id() + "\" data-overdue=\"true\"")))
                .andExpect(content().string(containsString("data-opinion=\"" + recent.id() + "\" data-overdue=\"false\"")))
                .andExpect(content().string(containsString("已逾期")))
                .andExpect(content().string(not(containsString(elsewhere.number()))));
        String html = mvc.perform(get("/supervision/opinions/to-answer").with(user(legalOffice)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf(overdue.number())).as("overdue first").isLessThan(html.indexOf(recent.number()));
        mvc.perform(get("/api/v1/supervision/opinions/to-answer").with(user(legalOffice)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toAnswer.length()").value(2))
                .andExpect(jsonPath("$.toAnswer[0].number").value(overdue.number()));
        mvc.perform(get("/").with(user(legalOffice)))
                .andExpect(content().string(containsString("/supervision/opinions/to-answer")));
    }

    @Test
    void anAnswerWaitsForTheSupervisorAndTheAgencyCannotAcceptItsOwn() throws Exception {
        Agencies a = agencies();
        Opinion opinion = issue(a.own(), "待验收意见书问题");
        SignedInUser legalOffice = RegistryTestData.agencyAdmin(a.own());
        opinions.answer(legalOffice, opinion.id(), "已修订执法程序并组织培训", List.of());

        DueOpinions.Worklist list = due.of(legalOffice);
        assertThat(list.toAnswer()).isEmpty();
        assertThat(list.awaitingAcceptance()).extracting(DueOpinions.Due::id).containsExactly(opinion.id());
        assertThat(list.awaitingAcceptance().get(0).answeredOn()).isNotNull();

        mvc.perform(post("/api/v1/supervision/opinions/" + opinion.id() + "/accept").with(user(legalOffice))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/supervision/opinions/" + opinion.id() + "/accept").with(user(legalOffice)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(opinions.get(supervisor, opinion.id()).state()).isEqualTo(OpinionState.ANSWERED);

        opinions.giveBack(supervisor, opinion.id(), "缺少培训记录");
        DueOpinions.Due returned = due.of(legalOffice).toAnswer().get(0);
        assertThat(returned.state()).isEqualTo(OpinionState.RETURNED);
        assertThat(returned.returnNote()).isEqualTo("缺少培训记录");
    }

    @Test
    void othersAreRefusedOrSeeNothing() throws Exception {
        Agencies a = agencies();
        Opinion opinion = issue(a.own(), "范围意见书问题");

        assertThat(due.of(RegistryTestData.agencyAdmin(a.other())).toAnswer())
                .extracting(DueOpinions.Due::id).doesNotContain(opinion.id());
        mvc.perform(get("/supervision/opinions/" + opinion.id()).with(user(RegistryTestData.agencyAdmin(a.other()))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/supervision/opinions/" + opinion.id() + "/rectifications")
                        .param("measures", "冒名报送整改措施").with(user(RegistryTestData.agencyAdmin(a.other())))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(due.of(RoundTestData.supervisorElsewhere()).toAnswer()).isEmpty();
        assertThat(due.of(supervisor).toAnswer()).extracting(DueOpinions.Due::id).contains(opinion.id());
        mvc.perform(get("/supervision/opinions/to-answer").with(user(RegistryTestData.user(Role.OFFICER,
                a.own().id())))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision/opinions/to-answer")).andExpect(status().is3xxRedirection());
    }

    private record Agencies(Agency own, Agency other) {
    }

    private Agencies agencies() {
        return new Agencies(data.agency("待整改局"), data.agency("他整改局"));
    }

    private Opinion issue(Agency agency, String problem) {
        return opinions.issueForRecord(supervisor, new Opinions.IndividualForm("inspection.task:" + agency.id(),
                agency.id(), "CONDUCT_PROCEDURE", problem));
    }
}
