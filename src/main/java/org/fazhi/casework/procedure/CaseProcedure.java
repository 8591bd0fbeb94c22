package org.fazhi.casework.procedure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.procedure.CaseProcedure.By.HANDLERS;
import static org.fazhi.casework.procedure.CaseProcedure.By.HEAD;
import static org.fazhi.casework.procedure.ProcedureRule.*;
import static org.fazhi.casework.procedure.CaseState.*;

/**
 * The general procedure of an administrative penalty case (行政处罚法, 普通程序), as a table a lawyer can read aloud:
 * for every step, the stages it may be taken from, the stage it leads to, who takes it, and what must hold first.
 * A step whose rule does not hold is refused with the rule's message and its article; the case does not move.
 *
 * <p>The order: 线索登记 → 立案 (or 不予立案) → 调查取证 → 调查终结 → [法制审核] → 告知 → [听证, then 法制审核 again] →
 * [集体讨论] → 决定 → 送达 → 执行 (payment, instalments or deferral, 催告, application to the court) → 结案 → 归档.
 * The simple procedure (简易程序) is the short path at the end of the table: 当场处罚 → 备案 → 执行 → 结案 → 归档.
 * Plain Java: no database, no clock; {@link CaseFacts} brings today and the periods worked out on the calendar.
 */
public final class CaseProcedure {

    /** Who takes a step: the case's handlers (its officers, or the legal office for them), or the agency's head. */
    public enum By { HANDLERS, HEAD }

    /** One step: where it may be taken, where it leads ({@code to} null: the case stays where it is), by whom, if. */
    public record Step(Set<CaseState> from, @Nullable CaseState to, By by, List<ProcedureRule> rules) {

        public Step {
            from = Set.copyOf(from);
            rules = List.copyOf(rules);
        }
    }

    private static final Set<CaseState> OPEN = EnumSet.of(CLUE, INVESTIGATING, UNDER_REVIEW, LEGAL_REVIEW, REVIEWED,
            NOTIFIED, HEARING_REQUESTED, HEARD, DECIDED, EXECUTING, COURT_ENFORCEMENT);
    private static final Set<CaseState> BEFORE_DECISION = EnumSet.of(INVESTIGATING, UNDER_REVIEW, LEGAL_REVIEW,
            REVIEWED, NOTIFIED, HEARING_REQUESTED, HEARD);
    private static final Map<Transition, Step> STEPS = new EnumMap<>(Transition.class);

    static {
        step(Transition.REGISTER_CLUE, Set.of(), CLUE, HANDLERS);
        // 立案: two certified officers (第四十二条、第五十五条), none recused (第四十三条), listed items, not time-barred.
        step(Transition.FILE, Set.of(CLUE), INVESTIGATING, HANDLERS,
                TWO_OFFICERS, OFFICERS_CERTIFIED, NO_RECUSED_OFFICER, ITEMS_LISTED, VIOLATION_DATE_RECORDED,
                NOT_TIME_BARRED);
        step(Transition.DECLINE, Set.of(CLUE), NOT_FILED, HANDLERS);
        // 调查取证 by at least two officers (第五十五条).
        step(Transition.RECORD_EVIDENCE, Set.of(INVESTIGATING), null, HANDLERS,
                TWO_OFFICERS, OFFICERS_CERTIFIED, NO_RECUSED_OFFICER);
        step(Transition.SUBMIT_FOR_REVIEW, Set.of(INVESTIGATING), UNDER_REVIEW, HANDLERS,
                EVIDENCE_RECORDED, PROPOSAL_MADE, BENCHMARK_RESPECTED, NO_RECUSED_OFFICER);
        step(Transition.RETURN_FOR_INVESTIGATION, Set.of(UNDER_REVIEW, REVIEWED, HEARD), INVESTIGATING, HANDLERS);
        // 法制审核 (第五十八条) before 告知, and again after a hearing; the reviewer did not investigate.
        step(Transition.SUBMIT_FOR_LEGAL_REVIEW, Set.of(UNDER_REVIEW, HEARD), LEGAL_REVIEW, HANDLERS,
                EVIDENCE_RECORDED, PROPOSAL_MADE);
        step(Transition.PASS_LEGAL_REVIEW, Set.of(LEGAL_REVIEW), REVIEWED, HEAD, REVIEWER_NOT_INVESTIGATOR);
        step(Transition.REJECT_LEGAL_REVIEW, Set.of(LEGAL_REVIEW), INVESTIGATING, HEAD, REVIEWER_NOT_INVESTIGATOR);
        // 集体讨论 of complex or major cases (第五十七条), any time before the decision.
        step(Transition.HOLD_COLLECTIVE_DISCUSSION, Set.of(UNDER_REVIEW, REVIEWED, NOTIFIED, HEARD), null, HEAD);
        // 告知 (第四十四条): only on evidence (第四十条), after the legal review where required, within the benchmark.
        step(Transition.NOTIFY, Set.of(UNDER_REVIEW, REVIEWED), NOTIFIED, HANDLERS,
                TWO_OFFICERS, OFFICERS_CERTIFIED, NO_RECUSED_OFFICER, EVIDENCE_RECORDED, PROPOSAL_MADE,
                BENCHMARK_RESPECTED, LEGAL_REVIEW_PASSED);
        step(Transition.RECORD_STATEMENT, Set.of(NOTIFIED), null, HANDLERS);
        // 听证 (第六十三条至第六十五条).
        step(Transition.REQUEST_HEARING, Set.of(NOTIFIED), HEARING_REQUESTED, HANDLERS,
                HEARING_RIGHTS, HEARING_REQUESTED_IN_TIME);
        step(Transition.SCHEDULE_HEARING, Set.of(HEARING_REQUESTED), null, HANDLERS,
                HEARING_NOTICE_IN_TIME, HEARING_CHAIR_NOT_INVESTIGATOR);
        step(Transition.HOLD_HEARING, Set.of(HEARING_REQUESTED), HEARD, HANDLERS,
                HEARING_SCHEDULED, HEARING_DAY_REACHED, HEARING_CHAIR_NOT_INVESTIGATOR);
        // 决定 (第五十七条) by the head: after 告知 and the party's periods, never heavier than notified.
        step(Transition.DECIDE, Set.of(NOTIFIED, HEARD, REVIEWED), DECIDED, HEAD,
                NOTIFIED_BEFORE_DECISION, STATEMENT_PERIOD_OVER, HEARING_REQUEST_PERIOD_OVER,
                HEARING_HELD_WHEN_REQUESTED, LEGAL_REVIEW_PASSED, COLLECTIVE_DISCUSSION_HELD,
                NOT_HEAVIER_THAN_NOTIFIED, BENCHMARK_RESPECTED, FIRST_OFFENCE_LISTED, NO_EARLIER_VIOLATION,
                NOT_TIME_BARRED, TWO_OFFICERS, OFFICERS_CERTIFIED, NO_RECUSED_OFFICER);
        // 送达 (第六十一条) and 执行 (第六十六条至第七十二条; 行政强制法第三十五条、第五十三条、第五十四条).
        step(Transition.DELIVER, Set.of(DECIDED), EXECUTING, HANDLERS);
        // A payment is judged by its amount against what is owed (the service refuses more than that).
        step(Transition.RECORD_PAYMENT, Set.of(EXECUTING, COURT_ENFORCEMENT), null, HANDLERS);
        step(Transition.APPROVE_PAYMENT_PLAN, Set.of(EXECUTING), null, HEAD, FINE_OWED);
        step(Transition.SEND_REMINDER, Set.of(EXECUTING), null, HANDLERS, PAYMENT_OVERDUE);
        step(Transition.APPLY_TO_COURT, Set.of(EXECUTING), COURT_ENFORCEMENT, HEAD,
                FINE_OWED, REMINDER_SENT, REMINDER_PERIOD_OVER, LITIGATION_PERIOD_OVER,
                WITHIN_COURT_APPLICATION_PERIOD);
        step(Transition.CLOSE, Set.of(EXECUTING, COURT_ENFORCEMENT), CLOSED, HANDLERS, NOTHING_OWED,
                REPORTED_WHEN_ON_THE_SPOT);
        step(Transition.ARCHIVE, Set.of(CLOSED), ARCHIVED, HEAD);
        // Along the way: extensions of the decision period (第六十条), handlers and their recusal (第四十三条).
        step(Transition.EXTEND_DEADLINE, BEFORE_DECISION, null, HEAD);
        step(Transition.ASSIGN_HANDLERS, OPEN, null, HEAD, TWO_OFFICERS, OFFICERS_CERTIFIED, NO_RECUSED_OFFICER);
        step(Transition.DECLARE_RECUSAL, OPEN, null, HANDLERS);
        step(Transition.DECIDE_RECUSAL, OPEN, null, HEAD);
        // 简易程序 (第五十一条至第五十三条), a short path of its own: facts certain, a legal basis, and only a warning or
        // a small fine; the officers show their certificates, hear the party and hand over the decision on the spot,
        // which opens the case already delivered. The fine is paid at the bank within 15 days or, within 第六十八条,
        // collected there. The decision is reported to the agency (备案); then payment, 催告, 结案 and 归档 as above.
        step(Transition.DECIDE_ON_THE_SPOT, Set.of(), EXECUTING, HANDLERS,
                TWO_OFFICERS, OFFICERS_CERTIFIED, CERTIFICATES_SHOWN, FACTS_CERTAIN, ITEMS_LISTED,
                VIOLATION_DATE_RECORDED, NOT_TIME_BARRED, WITHIN_ON_THE_SPOT_LIMIT, BENCHMARK_RESPECTED,
                PARTY_HEARD_ON_THE_SPOT, COLLECTION_ON_THE_SPOT_ALLOWED);
        step(Transition.REPORT_ON_THE_SPOT, Set.of(EXECUTING), null, HANDLERS, DECIDED_ON_THE_SPOT);
    }

    private CaseProcedure() {
    }

    public static Step step(Transition transition) {
        return STEPS.get(transition);
    }

    /** The steps that may be taken from a stage, in the procedure's order. */
    public static List<Transition> from(CaseState state) {
        return STEPS.entrySet().stream().filter(entry -> entry.getValue().from().contains(state))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Checks the step against the facts and says where it leads; refuses with the first rule that does not hold,
     * or when the step cannot be taken from the case's stage at all.
     */
    public static CaseState check(Transition transition, CaseFacts facts) {
        Step step = step(transition);
        if (!step.from().contains(facts.state())) {
            throw new RuleViolation("casework.procedure.not-now", "", transition, facts.state());
        }
        requireRules(step, facts);
        return step.to() == null ? facts.state() : step.to();
    }

    /** Checks a step that opens a case of its own (a decision on the spot) and says the stage the case starts in. */
    public static CaseState open(Transition transition, CaseFacts facts) {
        Step step = step(transition);
        if (!step.from().isEmpty() || step.to() == null) {
            throw new IllegalArgumentException(transition + " does not open a case");
        }
        requireRules(step, facts);
        return step.to();
    }

    private static void requireRules(Step step, CaseFacts facts) {
        for (ProcedureRule rule : step.rules()) {
            List<Object> arguments = rule.broken(facts);
            if (arguments != null) {
                throw new RuleViolation(rule.messageKey(), rule.legalBasis(), arguments.toArray());
            }
        }
    }

    /** Every rule of the step that does not hold, for a page that lists what is still missing. */
    public static List<ProcedureRule> missing(Transition transition, CaseFacts facts) {
        List<ProcedureRule> missing = new ArrayList<>();
        for (ProcedureRule rule : step(transition).rules()) {
            if (rule.broken(facts) != null) {
                missing.add(rule);
            }
        }
        return missing;
    }

    /**
     * 第五十八条: legal review where the case involves a major public interest, is complex with several legal
     * relationships, or a hearing was held on the party's major rights; or everywhere when the county says so.
     */
    public static boolean legalReviewRequired(CaseFacts facts) {
        CaseFacts.Review review = facts.review();
        return review.everyCase() || review.majorPublicInterest() || review.complex()
                || facts.hearing().heldAt() != null;
    }

    private static void step(Transition transition, Set<CaseState> from, @Nullable CaseState to, By by,
                             ProcedureRule... rules) {
        STEPS.put(transition, new Step(from, to, by, List.of(rules)));
    }
}
