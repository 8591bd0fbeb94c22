package org.fazhi.casework.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.procedure.CaseFacts.Handler;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.procedure.CaseState.COURT_ENFORCEMENT;

/**
 * The preconditions, each with the article it comes from. A rule's message ({@code casework.rule.<NAME>})
 * names what is missing; its arguments are what {@link #broken} returns.
 */
public enum ProcedureRule {
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

    ProcedureRule(String legalBasis) {
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
            case LEGAL_REVIEW_PASSED -> holds(!CaseProcedure.legalReviewRequired(facts) || legalReviewPassed(facts));
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

    /** What 第五十一条 allows on the spot: a warning and a fine. */
    private static final Set<PenaltyKind> ON_THE_SPOT_PENALTIES = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE);

    /** The review passed, and after the hearing when one was held (the decision follows its record). */
    private static boolean legalReviewPassed(CaseFacts facts) {
        var passed = facts.review().legalReviewPassedAt();
        var heard = facts.hearing().heldAt();
        return passed != null && (heard == null || passed.isAfter(heard));
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
