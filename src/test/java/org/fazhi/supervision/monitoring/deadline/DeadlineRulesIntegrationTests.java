package org.fazhi.supervision.monitoring.deadline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.compulsion.ActForm;
import org.fazhi.casework.compulsion.MeasureForm;
import org.fazhi.casework.compulsion.MeasureKind;
import org.fazhi.casework.compulsion.MeasureViews;
import org.fazhi.casework.compulsion.Measures;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules 1, 2, 7, 8 and 17, each asked of the county on days when its records should and should not trigger it, and
 * asked again after an event about one record.
 */
@FazhiIntegrationTest
class DeadlineRulesIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    @Autowired CaseStepOverdue caseStepOverdue;
    @Autowired CaseNearTimeLimit caseNearTimeLimit;
    @Autowired PublicationOverdueRule publicationOverdue;
    @Autowired InspectionResultOverdueRule inspectionResultOverdue;
    @Autowired SeizureOverdue seizureOverdue;
    @Autowired CaseworkTestData casework;
    @Autowired DisclosureTestData disclosure;
    @Autowired InspectionTestData inspections;
    @Autowired Tasks tasks;
    @Autowired Measures measures;
    @Autowired MeasureViews measureViews;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aCaseStepPastItsDeadlineFiresRuleOneAndAStepStillInTimeDoesNot() {
        Handling h = casework.agency("环节超期局");
        long filed = casework.filed(h);
        LocalDate decisionDue = due(filed, "DECISION");

        assertThat(ids(caseStepOverdue.scan(COUNTY, decisionDue))).doesNotContain(filed);
        AlertCause late = cause(caseStepOverdue.scan(COUNTY, decisionDue.plusDays(1)), filed);
        assertThat(late.agencyId()).isEqualTo(h.agencyId());
        assertThat(late.since()).isEqualTo(decisionDue.plusDays(1));
        assertThat(late.summary()).contains(code(filed), "作出处罚决定", decisionDue.toString());

        Reassessment closed = caseStepOverdue.reassess(new CaseClosed(filed, code(filed), COUNTY, h.agencyId(),
                decisionDue), decisionDue.plusDays(1)).orElseThrow();
        assertThat(closed.examined()).extracting(s -> s.id()).containsExactly(filed);
        assertThat(ids(closed.holding())).as("still late: closing is what would end it").containsExactly(filed);
        assertThat(caseStepOverdue.reassess("an unrelated event", decisionDue)).isEmpty();
        long filedToo = casework.filed(h);
        Reassessment batch = BatchAnswers.asOneByOne(caseStepOverdue, List.of(new CaseClosed(filed, code(filed),
                COUNTY, h.agencyId(), decisionDue), "an unrelated event", DataChanged.updated("casework.case", filedToo,
                COUNTY, List.of("state"))), decisionDue.plusDays(1));
        assertThat(batch.examined()).extracting(s -> s.id()).containsExactlyInAnyOrder(filed, filedToo);
        assertThat(ids(batch.holding())).containsExactlyInAnyOrder(filed, filedToo);
    }

    @Test
    void aCaseWithinTenWorkingDaysOfItsDecisionLimitFiresRuleTwoButNotEarlierNorAfter() {
        Handling h = casework.agency("临近期限局");
        long filed = casework.filed(h);
        LocalDate decisionDue = due(filed, "DECISION");
        LocalDate windowOpens = caseNearTimeLimit.windowOpened(decisionDue);
        assertThat(CALENDAR.workingDaysBetween(windowOpens, decisionDue)).isLessThanOrEqualTo(10);
        assertThat(CALENDAR.workingDaysBetween(windowOpens.minusDays(1), decisionDue)).isGreaterThan(10);

        assertThat(ids(caseNearTimeLimit.scan(COUNTY, windowOpens.minusDays(1)))).doesNotContain(filed);
        AlertCause near = cause(caseNearTimeLimit.scan(COUNTY, windowOpens), filed);
        assertThat(near.since()).isEqualTo(windowOpens);
        assertThat(near.summary()).contains(decisionDue.toString(), "10");
        assertThat(ids(caseNearTimeLimit.scan(COUNTY, decisionDue))).contains(filed);
        assertThat(ids(caseNearTimeLimit.scan(COUNTY, decisionDue.plusDays(1)))).as("rule 1 takes over")
                .doesNotContain(filed);
    }

    @Test
    void anUnpublishedDecisionPastSevenWorkingDaysFiresRuleSevenAndAPublishedOneDoesNot() throws Exception {
        LocalDate month = LocalDate.now(clock).minusDays(40);
        DisclosureTestData.Decided pending = disclosure.decidedOn("公示超期局", month, "2000");
        DisclosureTestData.Decided published = disclosure.decidedOn("公示及时局", month, "3000");
        long pendingId = publicationOf(pending.caseId());
        long publishedId = publicationOf(published.caseId());
        mvc.perform(post("/api/v1/disclosure/publications/" + publishedId + "/publish")
                .with(user(published.handling().head())).with(csrf())).andExpect(status().isOk());
        LocalDate today = LocalDate.now(clock);

        List<AlertCause> causes = publicationOverdue.scan(COUNTY, today);
        assertThat(ids(causes)).contains(pendingId).doesNotContain(publishedId);
        assertThat(cause(causes, pendingId).summary()).contains("至今未公示");
        Reassessment after = publicationOverdue.reassess(
                org.fazhi.shared.DataChanged.updated("disclosure.publication", publishedId, COUNTY, List.of("state")),
                today).orElseThrow();
        assertThat(after.holding()).isEmpty();
    }

    @Test
    void aDrawnInspectionWithoutItsResultFiresRuleEightAndAConcludedOneDoesNot() {
        Inspecting inspecting = inspections.agency("结果公示局", 3);
        long planId = inspections.drawn(inspecting, InspectionTestData.form(inspecting, null)).planId();
        List<Long> drawn = jdbc.sql("""
                select id from inspection.task where plan_id = ? and status not in ('REFUSED', 'REVOKED')
                 order by id""").param(planId).query(Long.class).list();
        InspectionTask concluded = conclude(inspecting, drawn.get(0));
        LocalDate due = CALENDAR.addWorkingDays(concluded.windowTo(), 20);

        assertThat(ids(inspectionResultOverdue.scan(COUNTY, due))).doesNotContainAnyElementsOf(drawn);
        List<AlertCause> late = inspectionResultOverdue.scan(COUNTY, due.plusDays(1));
        assertThat(ids(late)).containsAll(drawn.subList(1, drawn.size())).doesNotContain(drawn.get(0));
        assertThat(cause(late, drawn.get(1)).agencyId()).isEqualTo(inspecting.agency().id());
        assertThat(inspectionResultOverdue.reassess(org.fazhi.shared.DataChanged.updated("inspection.task",
                drawn.get(0), COUNTY, List.of("result")), due.plusDays(1)).orElseThrow().holding()).isEmpty();
    }

    @Test
    void aSeizurePastItsThirtyDaysFiresRuleSeventeenAndOneInItsPeriodDoesNot() {
        Handling h = casework.agency("查封超期局");
        long inPeriod = clock.earlierBy(Duration.ofDays(20), () -> approvedMeasure(h));
        long past = clock.earlierBy(Duration.ofDays(45), () -> approvedMeasure(h));
        LocalDate today = LocalDate.now(clock);

        List<AlertCause> causes = seizureOverdue.scan(COUNTY, today);
        assertThat(ids(causes)).contains(past).doesNotContain(inPeriod);
        assertThat(cause(causes, past).summary()).contains("查封", "已届满");
        assertThat(seizureOverdue.reassess(org.fazhi.shared.DataChanged.updated("casework.compulsory_measure",
                inPeriod, COUNTY, List.of("state")), today).orElseThrow().holding()).isEmpty();
    }

    @Test
    void aSeizureExtendedTwiceFiresRuleSeventeenEvenInItsPeriod() {
        Handling h = casework.agency("两次延长局");
        long measure = approvedMeasure(h);
        for (int time = 0; time < 2; time++) {
            jdbc.sql("""
                    insert into casework.measure_event (measure_id, region_code, username, display_name, act)
                    values (?, ?, 'imported', '历史数据导入', 'EXTEND')""").params(measure, COUNTY.value()).update();
        }
        assertThat(cause(seizureOverdue.scan(COUNTY, LocalDate.now(clock)), measure).summary()).contains("已延长 2 次");
    }

    private long approvedMeasure(Handling h) {
        long id = measures.propose(h.officer(), casework.filed(h), new MeasureForm(key(), MeasureKind.SEALING_UP, false,
                "涉嫌无证生产", "《食品安全法》第一百一十条", "当事人生产车间（原地查封）", h.handlers(),
                List.of(new MeasureForm.Item("灌装机", "GZ-200", BigDecimal.ONE, "台", "完好", null)))).measureId();
        measures.approve(h.head(), id, new ActForm(key(), measureViews.of(h.officer(), id).version(), "同意", null,
                null, null, null, null));
        return id;
    }

    private InspectionTask conclude(Inspecting inspecting, long taskId) {
        InspectionTask task = tasks.get(RegistryTestData.supervisor(), taskId);
        InspectionTask approved = tasks.decide(RegistryTestData.agencyAdmin(inspecting.agency()), taskId,
                task.version(), true, null);
        return tasks.conclude(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()), taskId,
                approved.version(), InspectionResult.NO_PROBLEM, null, "未发现问题");
    }

    private LocalDate due(long caseId, String kind) {
        return jdbc.sql("select due_on from casework.deadline where case_id = ? and kind = ?").params(caseId, kind)
                .query(LocalDate.class).single();
    }

    private String code(long caseId) {
        return jdbc.sql("select code from casework.penalty_case where id = ?").param(caseId).query(String.class)
                .single();
    }

    private long publicationOf(long caseId) {
        return jdbc.sql("select id from disclosure.publication where case_id = ?").param(caseId).query(Long.class)
                .single();
    }

    static List<Long> ids(List<AlertCause> causes) {
        return causes.stream().map(cause -> cause.subject().id()).toList();
    }

    static AlertCause cause(List<AlertCause> causes, long subjectId) {
        return causes.stream().filter(cause -> cause.subject().id() == subjectId).findFirst()
                .orElseThrow(() -> new AssertionError("no cause for " + subjectId + " among " + ids(causes)));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

}
