package org.fazhi.supervision.monitoring.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;
import static org.fazhi.supervision.monitoring.rule.VisitRulesIntegrationTests.causeFor;
import static org.fazhi.supervision.monitoring.rule.VisitRulesIntegrationTests.ids;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.FilingFacts;
import org.fazhi.casework.FineFacts;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Rules 14, 15 and 16 on cases made through casework's services (decisions in past months made with the test clock
 * set back): 有案不立, 趋利性执法 and 以罚代管.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class CaseRulesIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired InspectionTestData inspections;
    @Autowired PenaltyCases cases;
    @Autowired Investigations investigations;
    @Autowired Decisions decisions;
    @Autowired Tasks tasks;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired ViolationWithoutCase withoutCase;
    @Autowired FineInsteadOfRegulation fineInstead;
    @Autowired FineFacts fineFacts;
    @Autowired FilingFacts filings;
    @Autowired MonitoredNames names;
    @Autowired CauseWording wording;

    @Test
    void anInspectionThatFoundAViolationWithNoCaseFiledInFifteenWorkingDaysIsACause() {
        LocalDate today = LocalDate.now(clock);
        LocalDate later = today.plusDays(40);
        Handling h = data.agency("有案不立规则局");
        long waitingClue = data.clueFromInspection(h);
        long filedClue = data.clueFromInspection(h);
        cases.fileCase(h.officer(), filedClue, data.next(filedClue), CaseworkTestData.filing(h, today.minusDays(10)));
        List<InspectionConcluded> concluded = events.stream(InspectionConcluded.class)
                .filter(event -> event.partyId() == h.party().id()).toList();
        InspectionConcluded waiting = concluded.get(0);
        InspectionConcluded filed = concluded.get(1);

        assertThat(ids(withoutCase.scan(COUNTY, today))).doesNotContain(waiting.taskId(), filed.taskId());
        List<AlertCause> causes = withoutCase.scan(COUNTY, later);

        AlertCause cause = causeFor(causes, waiting.taskId());
        LocalDate due = withoutCase.filingDue(today);
        assertThat(due).isAfterOrEqualTo(today.plusDays(15));
        assertThat(cause.since()).isEqualTo(due.plusDays(1));
        assertThat(cause.agencyId()).isEqualTo(h.agencyId());
        assertThat(cause.summary()).contains(waiting.taskCode(), h.party().name(), "15 个工作日的立案期限于 " + due,
                "仍未立案", "尚未立案");
        String clueCode = filings.fromInspections(List.of(waiting.taskId())).get(0).caseCode();
        assertThat(filings.fromInspections(List.of(waiting.taskId())).get(0).caseId()).isEqualTo(waitingClue);
        assertThat(cause.summary()).endsWith("案件线索 " + clueCode + " 尚未立案");
        assertThat(ids(causes)).doesNotContain(filed.taskId());

        Reassessment stillWaiting = withoutCase.reassess(waiting, later).orElseThrow();
        assertThat(stillWaiting.holding()).containsExactly(cause);
        assertThat(withoutCase.reassess(waiting, today).orElseThrow().holding()).isEmpty();
        CaseFiled filing = events.stream(CaseFiled.class).filter(event -> event.caseId() == filedClue).findFirst()
                .orElseThrow();
        Reassessment cleared = withoutCase.reassess(filing, later).orElseThrow();
        assertThat(cleared.examined()).extracting(Subject::id).containsExactly(filed.taskId());
        assertThat(cleared.holding()).isEmpty();
        assertThat(withoutCase.reassess(new Object(), later)).isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(withoutCase, List.of(filing, waiting, new Object(),
                filed, waiting), later);
        assertThat(batch.holding()).containsExactly(cause);
        assertThat(batch.examined()).extracting(Subject::id).containsExactlyInAnyOrder(waiting.taskId(),
                filed.taskId());
    }

    /**
     * Agency X fined twice at the end of last month after fining twice mid-month months before; agency Y fined at
     * month ends then as now (its own baseline); in agency Z one handler's fines last month are twice the median of
     * the others'. X and Y also fined their party four times for one item, and only Y ordered rectification since.
     */
    @Test
    void finesCrowdingAtMonthEndsAgainstTheAgencysBaselineOrOneHandlerFarAbovePeersAreCauses() {
        LocalDate today = LocalDate.now(clock);
        LocalDate endOfLastMonth = today.withDayOfMonth(1).minusDays(1);
        LocalDate midLastMonth = endOfLastMonth.withDayOfMonth(10);
        Handling x = data.agency("月末罚款规则局");
        Handling y = data.agency("一贯月末规则局");
        Handling z = data.agency("承办人规则局");
        for (int monthsBack : new int[] {4, 3}) {
            LocalDate month = today.withDayOfMonth(1).minusMonths(monthsBack);
            decidedOn(month.withDayOfMonth(10), x, x.handlers(), "2000");
            decidedOn(month.withDayOfMonth(month.lengthOfMonth()), y, y.handlers(), "2000");
        }
        decidedOn(endOfLastMonth, x, x.handlers(), "3000");
        decidedOn(endOfLastMonth, x, x.handlers(), "3000");
        decidedOn(endOfLastMonth, y, y.handlers(), "3000");
        decidedOn(endOfLastMonth, y, y.handlers(), "3000");
        long o1 = z.inspecting().officers().get(0).id();
        long o2 = z.inspecting().officers().get(1).id();
        long o3 = z.inspecting().officers().get(2).id();
        decidedOn(midLastMonth, z, List.of(o1, o2), "5000");
        decidedOn(midLastMonth, z, List.of(o1, o3), "5000");
        decidedOn(midLastMonth, z, List.of(o1, o2), "5000");
        ProfitDrivenFines rule = new ProfitDrivenFines(fineFacts, new ProfitDrivenFines.Settings(5, 1, 12, 2, 2, 0.5,
                2.0, 12, 1.5, 2, new BigDecimal("1000")), names, wording);

        List<AlertCause> causes = rule.scan(COUNTY, today);

        AlertCause agency = causes.stream().filter(cause -> cause.subject().type().equals("registry.agency")
                && cause.subject().id() == x.agencyId()).findFirst().orElseThrow();
        assertThat(agency.summary()).contains("作出罚款决定 2 件，其中月末 5 天内 2 件，占 100.0%（罚款 ¥6,000.00）",
                "罚款 2 件，月末 5 天内 0 件，占 0.0%", "不低于基线的 2 倍且不低于 50.0%");
        assertThat(agency.since()).isEqualTo(today.withDayOfMonth(1));
        assertThat(causes).noneMatch(cause -> cause.subject().type().equals("registry.agency")
                && (cause.subject().id() == y.agencyId() || cause.subject().id() == z.agencyId()));
        AlertCause officer = causes.stream().filter(cause -> cause.subject().type().equals("registry.officer")
                && cause.subject().id() == o1).findFirst().orElseThrow();
        assertThat(officer.agencyId()).isEqualTo(z.agencyId());
        assertThat(officer.summary()).contains("承办罚款案件 3 件，罚款合计 ¥15,000.00",
                "其他 2 名承办人罚款合计的中位数为 ¥7,500.00", "为其 2 倍");
        assertThat(causes).noneMatch(cause -> cause.subject().type().equals("registry.officer")
                && List.of(o2, o3, x.handlers().get(0), y.handlers().get(0)).contains(cause.subject().id()));

        PenaltyDecided ofX = events.stream(PenaltyDecided.class).filter(event -> event.agencyId() == x.agencyId())
                .findFirst().orElseThrow();
        Reassessment again = rule.reassess(ofX, today).orElseThrow();
        assertThat(again.examined()).contains(new Subject("registry.agency", x.agencyId(), x.inspecting().agency()
                .name()));
        assertThat(again.holding()).containsExactly(agency);
        PenaltyDecided ofY = events.stream(PenaltyDecided.class).filter(event -> event.agencyId() == y.agencyId())
                .findFirst().orElseThrow();
        assertThat(rule.reassess(ofY, today).orElseThrow().holding()).isEmpty();
        assertThat(rule.reassess(new Object(), today)).isEmpty();
        PenaltyDecided ofZ = events.stream(PenaltyDecided.class).filter(event -> event.agencyId() == z.agencyId())
                .findFirst().orElseThrow();
        Reassessment signs = BatchAnswers.asOneByOne(rule, List.of(ofX, ofY, new Object(), ofZ, ofX),
                today);
        assertThat(signs.holding()).containsExactlyInAnyOrder(agency, officer);

        // 以罚代管: Y ordered its party to put things right today; X never did.
        InspectionTask rectification = inspections.approvedTask(y.inspecting(), y.party());
        tasks.conclude(y.officer(), rectification.id(), rectification.version(), InspectionResult.RECTIFICATION,
                today.plusDays(30), "责令限期整改");
        List<AlertCause> series = fineInstead.scan(COUNTY, today);

        long firstOfX = ofX.caseId();
        AlertCause unregulated = causeFor(series, firstOfX);
        assertThat(unregulated.subject().type()).isEqualTo("casework.case");
        assertThat(unregulated.agencyId()).isEqualTo(x.agencyId());
        assertThat(unregulated.summary()).contains(x.party().name(), "被" + x.inspecting().agency().name() + "罚款 4 次",
                "合计 ¥10,000.00", "未对其责令整改，也未复查");
        assertThat(series).noneMatch(cause -> cause.agencyId() != null && cause.agencyId() == y.agencyId());

        // The database returns the fines of the series only (grouped there), the same ones the rule would group.
        List<FineFacts.Fine> decided = fineFacts.decided(COUNTY, today.minusMonths(24), today);
        List<FineFacts.Fine> grouped = FineInsteadOfRegulation.series(decided, 3).stream()
                .flatMap(one -> one.fines().stream()).distinct().toList();
        assertThat(fineFacts.inSeries(COUNTY, today.minusMonths(24), today, 3))
                .containsExactlyElementsOf(decided.stream().filter(grouped::contains).toList());
        List<FineFacts.Fine> ofFour = fineFacts.inSeries(COUNTY, today.minusMonths(24), today, 4);
        assertThat(ofFour).filteredOn(fine -> fine.agencyId() == x.agencyId()).hasSize(4);
        assertThat(ofFour).noneMatch(fine -> fine.agencyId() == z.agencyId());

        assertThat(fineInstead.reassess(ofX, today).orElseThrow().holding()).containsExactly(unregulated);
        Reassessment regulated = fineInstead.reassess(ofY, today).orElseThrow();
        assertThat(regulated.examined()).extracting(Subject::id).containsExactly(ofY.caseId());
        assertThat(regulated.holding()).isEmpty();
        InspectionConcluded ordered = events.stream(InspectionConcluded.class)
                .filter(event -> event.taskId() == rectification.id()).findFirst().orElseThrow();
        assertThat(fineInstead.reassess(ordered, today).orElseThrow().holding()).isEmpty();
        assertThat(fineInstead.reassess(new Object(), today)).isEmpty();
        Reassessment regulation = BatchAnswers.asOneByOne(fineInstead, List.of(ofX, ofY, ordered,
                new Object(), ofX), today);
        assertThat(regulation.holding()).containsExactly(unregulated);
        assertThat(regulation.examined()).extracting(Subject::id).contains(firstOfX, ofY.caseId());
    }

    /** A complaint filed with these handlers and decided with this fine, all on {@code day}. */
    private void decidedOn(LocalDate day, Handling h, List<Long> handlers, String yuan) {
        long days = ChronoUnit.DAYS.between(day, LocalDate.now(clock));
        clock.earlierBy(Duration.ofDays(days), () -> {
            long id = data.complaint(h);
            cases.fileCase(h.officer(), id, data.next(id), new PenaltyCases.FilingForm(List.of(h.penaltyItem().id()),
                    handlers, "无证经营食品", day.minusDays(10), false));
            investigations.recordEvidence(h.officer(), id, data.next(id), CaseworkTestData.evidence());
            investigations.submitForReview(h.officer(), id, data.next(id), CaseworkTestData.fine(yuan, null),
                    CaseworkTestData.ordinary());
            investigations.notifyParty(h.officer(), id, data.next(id));
            investigations.recordStatement(h.officer(), id, data.next(id), null, true);
            return decisions.decide(h.head(), id, data.next(id), CaseworkTestData.fine(yuan, null));
        });
    }
}
