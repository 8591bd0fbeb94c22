package org.fazhi.casework.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.procedure.CaseFacts.Handler;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.procedure.CaseProcedure.By.HANDLERS;
import static org.fazhi.casework.procedure.CaseProcedure.By.HEAD;
import static org.fazhi.casework.procedure.CaseProcedure.Rule.*;
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
    public record Step(Set<CaseState> from, @Nullable CaseState to, By by, List<Rule> rules) {

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
    /** What 第五十一条 allows on the spot: a warning and a fine. */
    private static final Set<PenaltyKind> ON_THE_SPOT_PENALTIES = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE);

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

    /**
     * The preconditions, each with the article it comes from. A rule's message ({@code casework.rule.<NAME>})
     * names what is missing; its arguments are what {@link #broken} returns.
     */
    public enum Rule {
        TWO_OFFICERS("行政处罚法第四十二条、第五十五条"),
        OFFICERS_CERTIFIED("行政处罚法第四十二条"),
        NO_RECUSED_OFFICER("行政处罚法第四十三条"),
        ITEMS_LISTED("行政处罚法第四条"),
        VIOLATION_DATE_RECORDED("行政处罚法第三十六条"),
        NOT_TIME_BARRED("行政处罚法第三十六条"),
        EVIDENCE_RECORDED("行政处罚法第四十条、第四十六条"),
        PROPOSAL_MADE("行政处罚法第五十七条"),
        BENCHMARK_RESPECTED("行政处罚法第三十四条"),
        LEGAL_REVIEW_PASSED("行政处罚法第五十八条"),
        REVIEWER_NOT_INVESTIGATOR("行政处罚法第五十八条"),
        COLLECTIVE_DISCUSSION_HELD("行政处罚法第五十七条"),
        NOTIFIED_BEFORE_DECISION("行政处罚法第四十四条、第六十二条"),
        STATEMENT_PERIOD_OVER("行政处罚法第四十五条"),
        HEARING_REQUEST_PERIOD_OVER("行政处罚法第六十四条"),
        HEARING_RIGHTS("行政处罚法第六十三条"),
        HEARING_REQUESTED_IN_TIME("行政处罚法第六十四条"),
        HEARING_NOTICE_IN_TIME("行政处罚法第六十四条"),
        HEARING_SCHEDULED("行政处罚法第六十四条"),
        HEARING_DAY_REACHED("行政处罚法第六十四条"),
        HEARING_CHAIR_NOT_INVESTIGATOR("行政处罚法第六十四条"),
        HEARING_HELD_WHEN_REQUESTED("行政处罚法第六十五条"),
        NOT_HEAVIER_THAN_NOTIFIED("行政处罚法第四十五条"),
        FIRST_OFFENCE_LISTED("行政处罚法第三十三条"),
        NO_EARLIER_VIOLATION("行政处罚法第三十三条"),
        FINE_OWED("行政处罚法第六十七条"),
        PAYMENT_OVERDUE("行政强制法第三十五条"),
        REMINDER_SENT("行政强制法第五十四条"),
        REMINDER_PERIOD_OVER("行政强制法第五十四条"),
        LITIGATION_PERIOD_OVER("行政强制法第五十三条"),
        WITHIN_COURT_APPLICATION_PERIOD("行政强制法第五十三条"),
        NOTHING_OWED("行政处罚法第六十七条、第七十二条"),
        CERTIFICATES_SHOWN("行政处罚法第五十二条"),
        FACTS_CERTAIN("行政处罚法第五十一条"),
        WITHIN_ON_THE_SPOT_LIMIT("行政处罚法第五十一条"),
        PARTY_HEARD_ON_THE_SPOT("行政处罚法第四十四条、第四十五条、第五十二条"),
        COLLECTION_ON_THE_SPOT_ALLOWED("行政处罚法第六十八条、第六十九条"),
        DECIDED_ON_THE_SPOT("行政处罚法第五十二条"),
        REPORTED_WHEN_ON_THE_SPOT("行政处罚法第五十二条");

        private final String legalBasis;

        Rule(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public String legalBasis() {
            return legalBasis;
        }

        public String messageKey() {
            return "casework.rule." + name();
        }

        /** Null when the rule holds; otherwise the arguments of its message. */
        public @Nullable List<Object> broken(CaseFacts facts) {
            return switch (this) {
                case TWO_OFFICERS -> holds(facts.handlers().stream().map(Handler::officerId).distinct().count() >= 2);
                case OFFICERS_CERTIFIED -> names(facts.handlers().stream()
                        .filter(handler -> !handler.certified() || !handler.ofTheAgency()).toList());
                case NO_RECUSED_OFFICER -> recused(facts);
                case ITEMS_LISTED -> holds(facts.itemsCitable());
                case VIOLATION_DATE_RECORDED -> holds(facts.violationOn() != null);
                case NOT_TIME_BARRED -> timeBarred(facts);
                case EVIDENCE_RECORDED -> holds(facts.evidenceCount() > 0);
                case PROPOSAL_MADE -> holds(facts.proposal() != null);
                case BENCHMARK_RESPECTED -> facts.proposal() == null || facts.proposal().isJustified() ? null
                        : List.of(String.valueOf(facts.proposal().tier()));
                case LEGAL_REVIEW_PASSED -> holds(!legalReviewRequired(facts) || legalReviewPassed(facts));
                case REVIEWER_NOT_INVESTIGATOR -> holds(!facts.investigators().contains(facts.actor().username())
                        && facts.handlers().stream().noneMatch(h -> Long.valueOf(h.officerId())
                        .equals(facts.actor().officerId())));
                case COLLECTIVE_DISCUSSION_HELD -> holds(!(facts.review().complex() || facts.review().majorViolation())
                        || facts.review().discussedOn() != null);
                case NOTIFIED_BEFORE_DECISION -> holds(facts.notice().notifiedOn() != null && facts.notified() != null);
                case STATEMENT_PERIOD_OVER -> facts.notice().waived() || after(facts, facts.notice().statementDue())
                        ? null : List.of(String.valueOf(facts.notice().statementDue()));
                case HEARING_REQUEST_PERIOD_OVER -> !facts.hearingRights() || facts.hearing().requested()
                        || facts.notice().waived() || after(facts, facts.notice().hearingRequestDue())
                        ? null : List.of(String.valueOf(facts.notice().hearingRequestDue()));
                case HEARING_RIGHTS -> holds(facts.hearingRights());
                case HEARING_REQUESTED_IN_TIME -> facts.notice().hearingRequestDue() != null
                        && !facts.today().isAfter(facts.notice().hearingRequestDue()) ? null
                        : List.of(String.valueOf(facts.notice().hearingRequestDue()));
                case HEARING_NOTICE_IN_TIME -> hearingNoticeInTime(facts.hearing());
                case HEARING_SCHEDULED -> holds(facts.hearing().scheduledOn() != null);
                case HEARING_DAY_REACHED -> facts.hearing().scheduledOn() == null
                        || !facts.today().isBefore(facts.hearing().scheduledOn()) ? null
                        : List.of(facts.hearing().scheduledOn().toString());
                case HEARING_CHAIR_NOT_INVESTIGATOR -> holds(facts.hearing().chair() != null && facts.handlers().stream()
                        .noneMatch(h -> facts.hearing().chair().equals(h.officerId())));
                case HEARING_HELD_WHEN_REQUESTED -> holds(!facts.hearing().requested() || facts.hearing().heldAt() != null);
                case NOT_HEAVIER_THAN_NOTIFIED -> holds(facts.proposal() == null || facts.notified() == null
                        || !facts.proposal().isHeavierThan(facts.notified()));
                case FIRST_OFFENCE_LISTED -> holds(!isFirstOffence(facts) || facts.firstOffence().listed());
                case NO_EARLIER_VIOLATION -> earlierViolations(facts);
                case FINE_OWED -> holds(facts.execution().owed().isGreaterThan(Money.ZERO));
                case PAYMENT_OVERDUE -> paymentOverdue(facts);
                case REMINDER_SENT -> holds(facts.execution().reminderEndsOn() != null);
                case REMINDER_PERIOD_OVER -> facts.execution().reminderEndsOn() == null
                        || after(facts, facts.execution().reminderEndsOn()) ? null
                        : List.of(facts.execution().reminderEndsOn().toString());
                case LITIGATION_PERIOD_OVER -> after(facts, facts.execution().litigationEndsOn()) ? null
                        : List.of(String.valueOf(facts.execution().litigationEndsOn()));
                case WITHIN_COURT_APPLICATION_PERIOD -> facts.execution().courtApplicationEndsOn() == null
                        || !facts.today().isAfter(facts.execution().courtApplicationEndsOn()) ? null
                        : List.of(facts.execution().courtApplicationEndsOn().toString());
                case NOTHING_OWED -> facts.state() == COURT_ENFORCEMENT || !facts.execution().owed()
                        .isGreaterThan(Money.ZERO) ? null
                        : List.of(facts.execution().owed().display());
                case CERTIFICATES_SHOWN -> holds(facts.onTheSpot() != null && facts.onTheSpot().certificatesShown());
                case FACTS_CERTAIN -> holds(facts.onTheSpot() != null && facts.onTheSpot().factsCertain());
                case WITHIN_ON_THE_SPOT_LIMIT -> withinOnTheSpotLimit(facts);
                case PARTY_HEARD_ON_THE_SPOT -> holds(facts.onTheSpot() != null && facts.onTheSpot().partyHeard());
                case COLLECTION_ON_THE_SPOT_ALLOWED -> collectionAllowed(facts);
                case DECIDED_ON_THE_SPOT -> holds(facts.onTheSpot() != null);
                case REPORTED_WHEN_ON_THE_SPOT -> holds(facts.onTheSpot() == null || facts.onTheSpot().reported());
            };
        }
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
        for (Rule rule : step.rules()) {
            List<Object> arguments = rule.broken(facts);
            if (arguments != null) {
                throw new RuleViolation(rule.messageKey(), rule.legalBasis(), arguments.toArray());
            }
        }
    }

    /** Every rule of the step that does not hold, for a page that lists what is still missing. */
    public static List<Rule> missing(Transition transition, CaseFacts facts) {
        List<Rule> missing = new ArrayList<>();
        for (Rule rule : step(transition).rules()) {
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

    /** The review passed, and after the hearing when one was held (the decision follows its record). */
    private static boolean legalReviewPassed(CaseFacts facts) {
        var passed = facts.review().legalReviewPassedAt();
        var heard = facts.hearing().heldAt();
        return passed != null && (heard == null || passed.isAfter(heard));
    }

    private static void step(Transition transition, Set<CaseState> from, @Nullable CaseState to, By by,
                             Rule... rules) {
        STEPS.put(transition, new Step(from, to, by, List.of(rules)));
    }

    private static @Nullable List<Object> holds(boolean holds) {
        return holds ? null : List.of();
    }

    /** True when today is after the day; false while the day is unknown. */
    private static boolean after(CaseFacts facts, @Nullable LocalDate day) {
        return day != null && facts.today().isAfter(day);
    }

    private static @Nullable List<Object> names(List<Handler> handlers) {
        return handlers.isEmpty() ? null
                : List.of(handlers.stream().map(Handler::name).collect(Collectors.joining("、")));
    }

    private static @Nullable List<Object> recused(CaseFacts facts) {
        List<String> names = new ArrayList<>(facts.handlers().stream()
                .filter(handler -> facts.recused().contains(handler.officerId())).map(Handler::name).toList());
        Long actor = facts.actor().officerId();
        if (actor != null && facts.recused().contains(actor)
                && facts.handlers().stream().noneMatch(handler -> handler.officerId() == actor)) {
            names.add(facts.actor().username());
        }
        return names.isEmpty() ? null : List.of(String.join("、", names));
    }

    /** 第三十六条: discovered within the period after the act; only a penalty is barred, not a decision without one. */
    private static @Nullable List<Object> timeBarred(CaseFacts facts) {
        boolean noPenalty = facts.proposal() != null && !facts.proposal().kind().imposesPenalty();
        if (facts.violationOn() == null || noPenalty) {
            return null;
        }
        boolean barred = facts.discoveredOn().isAfter(facts.violationOn().plusYears(facts.timeBarYears()));
        return barred ? List.of(facts.violationOn().toString(), facts.timeBarYears()) : null;
    }

    private static @Nullable List<Object> hearingNoticeInTime(CaseFacts.Hearing hearing) {
        if (hearing.scheduledOn() == null || hearing.earliestDay() == null) {
            return List.of("");
        }
        return hearing.scheduledOn().isBefore(hearing.earliestDay()) ? List.of(hearing.earliestDay().toString()) : null;
    }

    private static boolean isFirstOffence(CaseFacts facts) {
        return facts.proposal() != null && facts.proposal().kind() == DecisionKind.FIRST_OFFENCE_WAIVED;
    }

    /** 首违不罚 only for a first violation: the county's records were searched and showed none. */
    private static @Nullable List<Object> earlierViolations(CaseFacts facts) {
        if (!isFirstOffence(facts)) {
            return null;
        }
        CaseFacts.FirstOffence search = facts.firstOffence();
        if (search.searched() && search.found().isEmpty()) {
            return null;
        }
        return List.of(search.searched() ? String.join("、", search.found()) : "");
    }

    /** 第五十一条: a warning, or a fine within the party's limit, and nothing else; otherwise the general procedure. */
    private static @Nullable List<Object> withinOnTheSpotLimit(CaseFacts facts) {
        CaseFacts.OnTheSpot spot = facts.onTheSpot();
        Proposal proposal = facts.proposal();
        if (spot == null) {
            return List.of("");
        }
        boolean within = proposal != null && proposal.kind() == DecisionKind.PENALTY
                && ON_THE_SPOT_PENALTIES.containsAll(proposal.penalties()) && !proposal.penalties().isEmpty()
                && !proposal.fine().isGreaterThan(spot.fineLimit()) && proposal.confiscation().isZero();
        return within ? null : List.of(spot.fineLimit().display());
    }

    /** 第六十八条、第六十九条: collected on the spot only up to the limit, or where paying later would be hard. */
    private static @Nullable List<Object> collectionAllowed(CaseFacts facts) {
        CaseFacts.OnTheSpot spot = facts.onTheSpot();
        if (spot == null || !spot.collected() || spot.hardToCollect() || facts.proposal() == null
                || !facts.proposal().fine().isGreaterThan(spot.collectionLimit())) {
            return null;
        }
        return List.of(spot.collectionLimit().display());
    }

    private static @Nullable List<Object> paymentOverdue(CaseFacts facts) {
        CaseFacts.Execution execution = facts.execution();
        boolean overdue = execution.owed().isGreaterThan(Money.ZERO)
                && after(facts, execution.paymentDue());
        return overdue ? null : List.of(String.valueOf(execution.paymentDue()));
    }
}
