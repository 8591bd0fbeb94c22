package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reconsideration case's life cycle and time limits on the 2026 calendar: 5/7/10-day periods are working days
 * (行政复议法第八十八条), over weekends, 清明 and 劳动节 with its make-up Saturday; the 30/60-day limits are calendar
 * days; a correction restarts the examination; an application not examined in time is deemed accepted.
 */
class ReconsiderationCaseTests {

    private static final ReconsiderationDeadlines LIMITS = new ReconsiderationDeadlines(
            new ReconsiderationProperties(60, 12, 5, 10, 7, 10, 5, 60, 30, 30, false), WorkdayCalendar.china());
    /** A Thursday: Fri 13, Mon 16 … Thu 19 are its 5 working days. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

    @Test
    void theExaminationTakesFiveWorkingDaysOverAWeekend() {
        ReconsiderationCase c = receivedOn(THURSDAY);

        assertThat(c.open(DeadlineKind.EXAMINATION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void theExaminationSkipsLabourDayAndCountsItsMakeUpSaturday() {
        ReconsiderationCase c = receivedOn(LocalDate.of(2026, 4, 29));

        // Thu 4-30, then 5-1…5-5 off; Wed 5-6, Thu 5-7, Fri 5-8, and Saturday 5-9, a make-up working day.
        assertThat(c.open(DeadlineKind.EXAMINATION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 5, 9));
    }

    @Test
    void acceptanceOpensTheCopyInWorkingDaysAndTheDecisionInCalendarDays() {
        ReconsiderationCase c = receivedOn(THURSDAY);
        c.accept(LocalDate.of(2026, 3, 19), Procedure.GENERAL, LIMITS);

        assertThat(c.state()).isEqualTo(ReconsiderationState.ACCEPTED);
        assertThat(c.open(DeadlineKind.COPY).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(c.open(DeadlineKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(c.deadlines().get(0).onTime()).isTrue();
    }

    @Test
    void theRespondentsTenWorkingDaysToAnswerSkipQingming() {
        ReconsiderationCase c = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        c.sendCopy(LocalDate.of(2026, 3, 23), LIMITS);

        // 3-24 … 4-3 are nine working days; 4-4, 4-5, 4-6 are 清明; the tenth is Tuesday 4-7.
        assertThat(c.open(DeadlineKind.ANSWER).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        c.recordAnswer(LocalDate.of(2026, 4, 7), "答复书及证据目录");
        assertThat(c.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.ANSWER).singleElement()
                .satisfies(d -> assertThat(d.onTime()).isTrue());
    }

    @Test
    void theSimplifiedProcedureHasThirtyCalendarDaysEndingOnAWorkingDay() {
        ReconsiderationCase c = accepted(LocalDate.of(2026, 3, 19), Procedure.SIMPLIFIED);

        // 3-19 + 30 days is Saturday 4-18: the limit ends on Monday 4-20.
        assertThat(c.open(DeadlineKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        c.convertToGeneral(LIMITS);
        assertThat(c.open(DeadlineKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void theHeadMayExtendTheGeneralLimitByThirtyDaysOnce() {
        ReconsiderationCase c = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        c.extend(LocalDate.of(2026, 5, 11), "复议机构负责人张某", LIMITS);

        assertThat(c.open(DeadlineKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(c.progress().extendedBy()).isEqualTo("复议机构负责人张某");
        refused(() -> c.extend(LocalDate.of(2026, 5, 12), "张某", LIMITS), "disputes.reconsideration.refused.extended");
    }

    @Test
    void noExtensionAfterTheLimitNorUnderTheSimplifiedProcedure() {
        ReconsiderationCase general = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        ReconsiderationCase simplified = accepted(LocalDate.of(2026, 3, 19), Procedure.SIMPLIFIED);

        refused(() -> general.extend(LocalDate.of(2026, 5, 19), "张某", LIMITS),
                "disputes.reconsideration.refused.extend-late");
        refused(() -> simplified.extend(LocalDate.of(2026, 4, 1), "张某", LIMITS),
                "disputes.reconsideration.refused.extend-simplified");
    }

    @Test
    void aCorrectionRestartsTheExaminationFromTheDayItArrives() {
        ReconsiderationCase c = receivedOn(THURSDAY);
        c.requestCorrection(LocalDate.of(2026, 3, 16), "请补充行政处罚决定书复印件", LIMITS);

        assertThat(c.state()).isEqualTo(ReconsiderationState.CORRECTING);
        assertThat(c.open(DeadlineKind.CORRECTION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        c.corrected(LocalDate.of(2026, 3, 27), LIMITS);

        assertThat(c.state()).isEqualTo(ReconsiderationState.RECEIVED);
        assertThat(c.open(DeadlineKind.EXAMINATION).orElseThrow().startedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(c.open(DeadlineKind.EXAMINATION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        c.accept(LocalDate.of(2026, 4, 2), Procedure.GENERAL, LIMITS);
        assertThat(c.progress().acceptedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void aCorrectionAfterItsTenWorkingDaysIsRefusedAndTheApplicationAbandoned() {
        ReconsiderationCase c = receivedOn(THURSDAY);
        c.requestCorrection(LocalDate.of(2026, 3, 16), "请补充申请人身份证明", LIMITS);

        refused(() -> c.abandon(LocalDate.of(2026, 3, 30)), "disputes.reconsideration.refused.correction-running");
        refused(() -> c.corrected(LocalDate.of(2026, 3, 31), LIMITS),
                "disputes.reconsideration.refused.correction-late");
        c.abandon(LocalDate.of(2026, 3, 31));
        assertThat(c.state()).isEqualTo(ReconsiderationState.ABANDONED);
        assertThat(c.open(DeadlineKind.CORRECTION)).isEmpty();
    }

    @Test
    void anApplicationNotExaminedInTimeIsDeemedAcceptedOnTheLastDay() {
        ReconsiderationCase c = receivedOn(THURSDAY);

        assertThat(c.deemAcceptanceBy(LocalDate.of(2026, 3, 19), LIMITS)).isFalse();
        assertThat(c.deemAcceptanceBy(LocalDate.of(2026, 3, 20), LIMITS)).isTrue();

        assertThat(c.state()).isEqualTo(ReconsiderationState.ACCEPTED);
        assertThat(c.progress().deemedAccepted()).isTrue();
        assertThat(c.progress().acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(c.open(DeadlineKind.DECISION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void aRefusalOrCorrectionNoticeAfterTheExaminationPeriodIsRefused() {
        ReconsiderationCase c = receivedOn(THURSDAY);

        refused(() -> c.refuse(LocalDate.of(2026, 3, 20), "不属于行政复议范围"),
                "disputes.reconsideration.refused.deemed-accepted");
        refused(() -> c.requestCorrection(LocalDate.of(2026, 3, 20), "补充材料", LIMITS),
                "disputes.reconsideration.refused.deemed-accepted");
        c.refuse(LocalDate.of(2026, 3, 19), "不属于行政复议范围");
        assertThat(c.state()).isEqualTo(ReconsiderationState.NOT_ACCEPTED);
        assertThat(c.progress().concludedOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void anApplicationPastSixtyDaysIsFlaggedAndOneYearAppliesWhenTheRightWasNotExplained() {
        LocalDate knew = LocalDate.of(2026, 1, 5);

        assertThat(LIMITS.isLate(knew, LocalDate.of(2026, 3, 6), true)).isFalse();
        assertThat(LIMITS.isLate(knew, LocalDate.of(2026, 3, 9), true)).isTrue();
        assertThat(LIMITS.isLate(knew, LocalDate.of(2026, 12, 31), false)).isFalse();
        assertThat(LIMITS.isLate(knew, LocalDate.of(2027, 1, 6), false)).isTrue();
        assertThat(ReconsiderationCase.received(application(LocalDate.of(2026, 3, 9), knew, true), "复〔2026〕1号",
                "test", LIMITS).lateApplication()).isTrue();
    }

    @Test
    void aHearingNeedsItsNoticeFiveWorkingDaysBefore() {
        ReconsiderationCase c = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);

        refused(() -> c.hear(HearingMode.HEARING, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 7), LIMITS),
                "disputes.reconsideration.refused.hearing-notice");
        refused(() -> c.hear(HearingMode.HEARING, LocalDate.of(2026, 4, 13), null, LIMITS),
                "disputes.reconsideration.refused.hearing-notice");
        // Noticed on 4-6 (清明): 4-7, 4-8, 4-9, 4-10 and 4-13 are five working days.
        c.hear(HearingMode.HEARING, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 6), LIMITS);
        assertThat(c.progress().hearingMode()).isEqualTo(HearingMode.HEARING);
        c.hear(HearingMode.SITE_INVESTIGATION, LocalDate.of(2026, 4, 14), null, LIMITS);
        assertThat(c.progress().hearingNoticeOn()).isNull();
    }

    @Test
    void aDecisionConcludesTheCaseAndDropsTheLimitsLeftOpen() {
        ReconsiderationCase c = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        c.decide(ReconsiderationOutcome.REVOKED, LocalDate.of(2026, 5, 20), "认定事实不清");

        assertThat(c.state()).isEqualTo(ReconsiderationState.CONCLUDED);
        assertThat(c.progress().outcome()).isEqualTo(ReconsiderationOutcome.REVOKED);
        assertThat(c.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.DECISION).singleElement()
                .satisfies(d -> assertThat(d.onTime()).isFalse());
        assertThat(c.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.COPY).singleElement()
                .satisfies(d -> assertThat(d.dropped()).isTrue());
        assertThat(c.overdueOn(LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void aSettlementTerminatesAndAMediationEndsWithItsStatement() {
        ReconsiderationCase settled = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        ReconsiderationCase mediated = accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL);
        settled.settle(LocalDate.of(2026, 4, 1), "双方和解，申请人撤回申请");
        mediated.mediate(LocalDate.of(2026, 4, 1), "复调〔2026〕1号");

        assertThat(settled.progress().outcome()).isEqualTo(ReconsiderationOutcome.TERMINATED);
        assertThat(settled.progress().settled()).isTrue();
        assertThat(mediated.progress().outcome()).isEqualTo(ReconsiderationOutcome.MEDIATED);
        refused(() -> accepted(LocalDate.of(2026, 3, 19), Procedure.GENERAL)
                .decide(ReconsiderationOutcome.MEDIATED, LocalDate.of(2026, 4, 1), "调解"),
                "disputes.reconsideration.refused.mediation-is-not-a-decision");
    }

    @Test
    void everyStepOutOfTurnIsRefused() {
        LocalDate day = LocalDate.of(2026, 3, 19);
        ReconsiderationCase received = receivedOn(THURSDAY);
        refused(() -> received.sendCopy(day, LIMITS), STATE);
        refused(() -> received.recordAnswer(day, "答复"), STATE);
        refused(() -> received.hear(HearingMode.WRITTEN, day, null, LIMITS), STATE);
        refused(() -> received.extend(day, "张某", LIMITS), STATE);
        refused(() -> received.decide(ReconsiderationOutcome.UPHELD, day, "维持"), STATE);
        refused(() -> received.mediate(day, "调解书"), STATE);
        refused(() -> received.settle(day, "和解"), STATE);
        refused(() -> received.corrected(day, LIMITS), STATE);
        refused(() -> received.abandon(day), STATE);

        ReconsiderationCase accepted = accepted(day, Procedure.GENERAL);
        refused(() -> accepted.accept(day, Procedure.GENERAL, LIMITS), STATE);
        refused(() -> accepted.refuse(day, "理由"), STATE);
        refused(() -> accepted.requestCorrection(day, "补正", LIMITS), STATE);
        refused(() -> accepted.recordAnswer(day, "答复"), STATE);
        refused(() -> accepted.convertToGeneral(LIMITS), STATE);
        refused(() -> accepted.sendCopy(day.minusDays(1), LIMITS), "disputes.reconsideration.refused.date-before");
        accepted.sendCopy(day, LIMITS);
        refused(() -> accepted.sendCopy(day, LIMITS), STATE);

        ReconsiderationCase concluded = accepted(day, Procedure.GENERAL);
        concluded.decide(ReconsiderationOutcome.UPHELD, day.plusDays(10), "维持");
        refused(() -> concluded.decide(ReconsiderationOutcome.REVOKED, day.plusDays(11), "撤销"), STATE);
        refused(() -> concluded.settle(day.plusDays(11), "和解"), STATE);
        refused(() -> concluded.hear(HearingMode.WRITTEN, day.plusDays(11), null, LIMITS), STATE);
        refused(() -> concluded.sendCopy(day.plusDays(11), LIMITS), STATE);

        ReconsiderationCase correcting = receivedOn(THURSDAY);
        correcting.requestCorrection(LocalDate.of(2026, 3, 16), "补正", LIMITS);
        refused(() -> correcting.accept(LocalDate.of(2026, 3, 17), Procedure.GENERAL, LIMITS), STATE);
        refused(() -> correcting.refuse(LocalDate.of(2026, 3, 17), "理由"), STATE);
    }

    private static final String STATE = "disputes.reconsideration.refused.state";

    private static void refused(Executable step, String key) {
        assertThatThrownBy(step::execute).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo(key));
    }

    private static ReconsiderationCase accepted(LocalDate on, Procedure procedure) {
        ReconsiderationCase c = receivedOn(THURSDAY);
        c.accept(on, procedure, LIMITS);
        return c;
    }

    private static ReconsiderationCase receivedOn(LocalDate day) {
        return ReconsiderationCase.received(application(day, day.minusDays(10), true), "复〔2026〕1号", "test", LIMITS);
    }

    private static ReconsiderationCase.Application application(LocalDate receivedOn, LocalDate knewOn,
                                                                boolean explained) {
        return new ReconsiderationCase.Application(RegionCode.of("410425"), receivedOn, Channel.WINDOW, null,
                new ReconsiderationCase.Applicant(ApplicantKind.ORGANISATION, "郏县某商贸有限公司", null, null, null),
                1L, "罚款五千元的行政处罚决定", null, null, knewOn, explained);
    }
}
