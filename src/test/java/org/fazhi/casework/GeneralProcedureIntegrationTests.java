package org.fazhi.casework;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.RunningDeadline;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.casefile.Timeline;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Money;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.casework.CaseworkTestData.evidence;
import static org.fazhi.casework.CaseworkTestData.fine;
import static org.fazhi.casework.CaseworkTestData.ordinary;

/** Whole general-procedure cases on PostgreSQL through the services, from an inspection's result to the archive. */
@FazhiIntegrationTest
@RecordApplicationEvents
class GeneralProcedureIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired Investigations investigations;
    @Autowired Decisions decisions;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transaction;
    @Autowired TestClock clock;
    @Autowired RegistryTestData registry;

    @Test
    void anInspectionsCaseToFileBecomesOneClueHoweverOftenItIsAnnounced() {
        Handling h = data.agency("线索局");
        long id = data.clueFromInspection(h);
        PenaltyCase clue = cases.get(h.officer(), id);
        InspectionConcluded again = new InspectionConcluded(clue.origin().taskId(), clue.origin().reference(),
                clue.county(), h.party().id(), h.agencyId(), clue.origin().itemIds(), InspectionResult.CASE_TO_FILE,
                clue.origin().discoveredOn());

        transaction.executeWithoutResult(status -> publisher.publishEvent(again));

        assertThat(data.caseOfTask(clue.origin().taskId())).isEqualTo(id);
        assertThat(clue.state()).isEqualTo(CaseState.CLUE);
        assertThat(clue.origin().kind()).isEqualTo(SourceKind.INSPECTION);
        assertThat(clue.origin().reference()).startsWith("JC");
        assertThat(clue.code()).startsWith("AJ" + cases.today().getYear());
        assertThat(cases.timeline(h.officer(), id)).singleElement()
                .satisfies(entry -> assertThat(entry.transition()).isEqualTo(Transition.REGISTER_CLUE));
    }

    @Test
    void aCaseGoesFromTheInspectionsResultToTheArchive() {
        Handling h = data.agency("全程局");
        long id = data.clueFromInspection(h);
        LocalDate today = cases.today();

        step(cases.fileCase(h.officer(), id, data.next(id), CaseworkTestData.filing(h, today.minusDays(10))),
                CaseState.INVESTIGATING);
        step(investigations.recordEvidence(h.officer(), id, data.next(id), evidence()), CaseState.INVESTIGATING);
        step(investigations.submitForReview(h.officer(), id, data.next(id), fine("2000", null),
                new Investigations.Weight(true, false, false)), CaseState.UNDER_REVIEW);
        assertThatThrownBy(() -> investigations.notifyParty(h.officer(), id, data.next(id)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.rule.LEGAL_REVIEW_PASSED");
                    assertThat(refusal.legalBasis()).isEqualTo("行政处罚法第五十八条");
                });
        step(investigations.submitForLegalReview(h.officer(), id, data.next(id)), CaseState.LEGAL_REVIEW);
        assertThatThrownBy(() -> investigations.passLegalReview(h.officer(), id, data.next(id), "同意"))
                .isInstanceOf(AccessDeniedException.class);
        step(investigations.passLegalReview(h.head(), id, data.next(id), "事实清楚，同意"), CaseState.REVIEWED);
        step(investigations.notifyParty(h.officer(), id, data.next(id)), CaseState.NOTIFIED);
        assertThatThrownBy(() -> decisions.decide(h.head(), id, data.next(id), fine("2000", null)))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.STATEMENT_PERIOD_OVER");
        step(investigations.recordStatement(h.officer(), id, data.next(id), "当事人放弃陈述申辩", true),
                CaseState.NOTIFIED);
        step(decisions.decide(h.head(), id, data.next(id), fine("2000", null)), CaseState.DECIDED);
        step(decisions.deliver(h.officer(), id, data.next(id)), CaseState.EXECUTING);
        assertThatThrownBy(() -> decisions.close(h.officer(), id, data.next(id), null))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.NOTHING_OWED");
        step(decisions.recordPayment(h.officer(), id, data.next(id), new BigDecimal("2000"), null), CaseState.EXECUTING);
        step(decisions.close(h.officer(), id, data.next(id), "罚款已缴清"), CaseState.CLOSED);
        step(decisions.archive(h.head(), id, data.next(id)), CaseState.ARCHIVED);

        PenaltyCase archived = cases.get(RegistryTestData.supervisor(), id);
        assertThat(archived.decision().decided().fine()).isEqualTo(Money.ofYuan("2000"));
        assertThat(archived.decision().decided().withinBenchmark()).isTrue();
        assertThat(archived.execution().paymentDue()).isAfterOrEqualTo(today.plusDays(15));
        List<Timeline.Entry> timeline = cases.timeline(h.head(), id);
        assertThat(timeline).extracting(Timeline.Entry::transition).containsSubsequence(Transition.REGISTER_CLUE,
                Transition.FILE, Transition.RECORD_EVIDENCE, Transition.SUBMIT_FOR_REVIEW, Transition.NOTIFY,
                Transition.SUBMIT_FOR_LEGAL_REVIEW, Transition.PASS_LEGAL_REVIEW, Transition.NOTIFY,
                Transition.DECIDE, Transition.RECORD_STATEMENT, Transition.DECIDE, Transition.DELIVER,
                Transition.CLOSE, Transition.RECORD_PAYMENT, Transition.CLOSE, Transition.ARCHIVE);
        assertThat(timeline).filteredOn(Timeline.Entry::refused).extracting(Timeline.Entry::transition,
                Timeline.Entry::legalBasis).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Transition.NOTIFY, "行政处罚法第五十八条"),
                org.assertj.core.groups.Tuple.tuple(Transition.DECIDE, "行政处罚法第四十五条"),
                org.assertj.core.groups.Tuple.tuple(Transition.CLOSE, "行政处罚法第六十七条、第七十二条"));
        assertThat(timeline).filteredOn(Timeline.Entry::refused).first()
                .satisfies(entry -> assertThat(entry.detail()).contains("法制审核"));
        assertThat(cases.deadlines(archived)).extracting(RunningDeadline::kind, d -> d.metOn() != null)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.DECISION, true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.DELIVERY, true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.PAYMENT, true));
        assertThat(events.stream(CaseFiled.class)).anyMatch(filed -> filed.caseId() == id);
        assertThat(events.stream(PenaltyDecided.class)).anySatisfy(decided -> {
            assertThat(decided.caseId()).isEqualTo(id);
            assertThat(decided.fine()).isEqualTo(Money.ofYuan("2000"));
            assertThat(decided.outsideBenchmark()).isFalse();
        });
        assertThat(events.stream(CaseClosed.class)).anyMatch(closed -> closed.caseId() == id);
        assertThat(registry.auditTrail("casework.case", id)).hasSizeGreaterThanOrEqualTo(13)
                .first().asString().startsWith("DATA_CREATED");
        assertThat(registry.auditTrail("casework.case", id)).anyMatch(entry -> entry.contains("state"));
    }

    @Test
    void aPartyWhoAsksIsHeardAndTheDecisionFollowsALegalReviewOfTheHearing() {
        Handling h = data.agency("听证局");
        long id = clock.earlierBy(Duration.ofDays(30), () -> {
            long clue = data.filed(h);
            investigations.recordEvidence(h.officer(), clue, data.next(clue), evidence());
            investigations.submitForReview(h.officer(), clue, data.next(clue), fine("150000", "货值金额巨大，情节严重"),
                    ordinary());
            investigations.notifyParty(h.officer(), clue, data.next(clue));
            investigations.requestHearing(h.officer(), clue, data.next(clue));
            LocalDate then = cases.today();
            assertThatThrownBy(() -> investigations.scheduleHearing(h.officer(), clue, data.next(clue),
                    then.plusDays(2), h.chair())).isInstanceOf(RuleViolation.class)
                    .hasMessage("casework.rule.HEARING_NOTICE_IN_TIME");
            assertThatThrownBy(() -> investigations.scheduleHearing(h.officer(), clue, data.next(clue),
                    then.plusDays(20), h.handlers().get(0))).isInstanceOf(RuleViolation.class)
                    .hasMessage("casework.rule.HEARING_CHAIR_NOT_INVESTIGATOR");
            investigations.scheduleHearing(h.officer(), clue, data.next(clue), then.plusDays(20), h.chair());
            return clue;
        });
        PenaltyCase notified = cases.get(h.officer(), id);
        assertThat(notified.notice().hearingRights()).isTrue();
        assertThat(notified.review().proposed().isOutsideBenchmark()).isTrue();
        assertThat(notified.review().benchmarkFindings()).isNotEmpty();

        step(investigations.holdHearing(h.officer(), id, data.next(id), "当事人到场陈述，承认违法事实"), CaseState.HEARD);
        assertThatThrownBy(() -> decisions.decide(h.head(), id, data.next(id), fine("150000", "货值金额巨大，情节严重")))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.LEGAL_REVIEW_PASSED");
        step(investigations.submitForLegalReview(h.officer(), id, data.next(id)), CaseState.LEGAL_REVIEW);
        step(investigations.passLegalReview(h.head(), id, data.next(id), "同意"), CaseState.REVIEWED);
        assertThatThrownBy(() -> decisions.decide(h.head(), id, data.next(id), fine("160000", "情节严重")))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.NOT_HEAVIER_THAN_NOTIFIED");
        step(decisions.decide(h.head(), id, data.next(id), fine("120000", "听证后从轻")), CaseState.DECIDED);
        assertThat(events.stream(PenaltyDecided.class)).anySatisfy(decided -> {
            assertThat(decided.caseId()).isEqualTo(id);
            assertThat(decided.outsideBenchmark()).isTrue();
        });
    }

    @Test
    void aFirstOffenceIsWaivedOnlyWhenTheCountyFoundNoEarlierViolationOfTheSameKind() {
        Handling h = data.agency("首违局");
        data.firstOffenceListed(h);
        long first = data.reviewed(h, "2000");
        investigations.notifyParty(h.officer(), first, data.next(first));
        investigations.recordStatement(h.officer(), first, data.next(first), null, true);
        decisions.decide(h.head(), first, data.next(first), waiver());
        PenaltyCase waived = cases.get(h.officer(), first);
        assertThat(waived.decision().decided().kind()).isEqualTo(DecisionKind.FIRST_OFFENCE_WAIVED);
        assertThat(waived.decision().found()).isEmpty();
        assertThat(waived.decision().searchCriteria()).contains(h.party().name()).contains(h.penaltyItem().code());

        long second = data.reviewed(h, "2000");
        investigations.notifyParty(h.officer(), second, data.next(second));
        investigations.recordStatement(h.officer(), second, data.next(second), null, true);
        assertThatThrownBy(() -> decisions.decide(h.head(), second, data.next(second), waiver()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.rule.NO_EARLIER_VIOLATION");
                    assertThat(refusal.arguments()).containsExactly(waived.code());
                });
        assertThat(cases.timeline(h.officer(), second)).filteredOn(Timeline.Entry::refused).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains(waived.code()));
    }

    @Test
    void anOfficerWhoAsksToStandAsideMayNotActUntilTheHeadDecides() {
        Handling h = data.agency("回避局");
        long id = data.filed(h);
        long handler = h.handlers().get(1);
        cases.declareRecusal(h.officer(), id, data.next(id), handler, null, "与当事人负责人系近亲属");

        assertThatThrownBy(() -> investigations.recordEvidence(h.officer(), id, data.next(id), evidence()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.NO_RECUSED_OFFICER");
        long recusal = cases.get(h.head(), id).recusals().get(0).id();
        cases.decideRecusal(h.head(), id, data.next(id), recusal, true);
        assertThatThrownBy(() -> investigations.recordEvidence(h.officer(), id, data.next(id), evidence()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.NO_RECUSED_OFFICER");
        cases.assignHandlers(h.head(), id, data.next(id), List.of(h.handlers().get(0), h.chair()));
        step(investigations.recordEvidence(h.officer(), id, data.next(id), evidence()), CaseState.INVESTIGATING);
    }

    @Test
    void anExtensionApprovedByTheHeadMovesTheDecisionDeadline() {
        Handling h = data.agency("延期局");
        long id = data.filed(h);
        LocalDate before = due(cases.get(h.officer(), id), DeadlineKind.DECISION);

        assertThatThrownBy(() -> cases.extendDeadline(h.officer(), id, data.next(id), 30, "案情复杂"))
                .isInstanceOf(AccessDeniedException.class);
        cases.extendDeadline(h.head(), id, data.next(id), 30, "案情复杂，需要鉴定");

        // 30 calendar days added to the 90-day limit, then moved past days off: not 30 days after a moved date
        LocalDate filedOn = cases.get(h.officer(), id).investigation().filedOn();
        assertThat(due(cases.get(h.officer(), id), DeadlineKind.DECISION))
                .isAfter(before).isAfterOrEqualTo(filedOn.plusDays(120)).isBefore(filedOn.plusDays(120 + 10));
        assertThatThrownBy(() -> cases.extendDeadline(h.head(), id, data.next(id), 31, "再延长"))
                .isInstanceOf(org.fazhi.platform.InvalidInput.class);
    }

    private LocalDate due(PenaltyCase c, DeadlineKind kind) {
        return cases.deadlines(c).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow().dueOn();
    }

    private static org.fazhi.casework.casefile.ProposalForm waiver() {
        return new org.fazhi.casework.casefile.ProposalForm(DecisionKind.FIRST_OFFENCE_WAIVED, null, null, null, null,
                null, null, null, "首次违法，危害后果轻微并已及时改正");
    }

    private static void step(Outcome outcome, CaseState expected) {
        assertThat(outcome.to()).isEqualTo(expected);
    }
}
