package org.fazhi.casework.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of {@link CaseProcedure} look at: the case as it would be after the requested step's input is
 * applied (the officers it names, the decision it proposes, the hearing day it sets), who acts, and today. Dates
 * of the running periods come worked out on the working-day calendar; the rules only compare them with today.
 *
 * @param actor          who takes the step
 * @param handlers       the officers handling the case (承办人)
 * @param recused        officers with a recusal declaration pending or upheld (第四十三条)
 * @param investigators  the accounts that filed the case, recorded evidence or ended the investigation
 * @param itemsCitable   every penalty item cited is on the agency's published list in force today
 * @param evidenceCount  pieces of evidence recorded
 * @param discoveredOn   the day the clue was registered: when the violation was discovered (第三十六条)
 * @param violationOn    the day of the act, or of its end when it continued; null while unknown
 * @param timeBarYears   2 years, or 5 where life, health or financial security is involved with harmful
 *                       consequences (as configured)
 * @param proposal       the decision proposed, or (for {@link Transition#DECIDE}) the decision being taken
 * @param notified       the decision as notified to the party (第四十四条)
 * @param hearingRights  the notified penalty gives the party hearing rights (第六十三条)
 * @param onTheSpot      what an on-the-spot decision rests on (简易程序); null in the general procedure
 */
public record CaseFacts(CaseState state, LocalDate today, Actor actor, List<Handler> handlers, Set<Long> recused,
                        Set<String> investigators, boolean itemsCitable, int evidenceCount, LocalDate discoveredOn,
                        @Nullable LocalDate violationOn, int timeBarYears, Review review,
                        @Nullable Proposal proposal, @Nullable Proposal notified, boolean hearingRights,
                        Notice notice, Hearing hearing, FirstOffence firstOffence, Execution execution,
                        @Nullable OnTheSpot onTheSpot) {

    public CaseFacts {
        handlers = List.copyOf(handlers);
        recused = Set.copyOf(recused);
        investigators = Set.copyOf(investigators);
    }

    /** The facts of a general-procedure case. */
    public CaseFacts(CaseState state, LocalDate today, Actor actor, List<Handler> handlers, Set<Long> recused,
                     Set<String> investigators, boolean itemsCitable, int evidenceCount, LocalDate discoveredOn,
                     @Nullable LocalDate violationOn, int timeBarYears, Review review, @Nullable Proposal proposal,
                     @Nullable Proposal notified, boolean hearingRights, Notice notice, Hearing hearing,
                     FirstOffence firstOffence, Execution execution) {
        this(state, today, actor, handlers, recused, investigators, itemsCitable, evidenceCount, discoveredOn,
                violationOn, timeBarYears, review, proposal, notified, hearingRights, notice, hearing, firstOffence,
                execution, null);
    }

    /**
     * 简易程序 (第五十一条至第五十三条、第六十八条、第六十九条): what a decision on the spot rests on.
     *
     * @param fineLimit         the largest fine on the spot for this party: a citizen's, or an organisation's
     * @param certificatesShown the officers showed the party their certificates (第五十二条)
     * @param factsCertain      the officers state the facts are certain (违法事实确凿) and wrote them down
     * @param partyHeard        the party was told the facts, reasons and basis and stated its case, or gave it up
     *                          (第四十四条、第四十五条、第五十二条)
     * @param collected         the fine is collected on the spot rather than paid at the bank within 15 days
     * @param collectionLimit   the largest fine collected on the spot (第六十八条第一项)
     * @param hardToCollect     collecting later would be hard (第六十八条第二项), or paying at a bank is, and the party
     *                          asks to pay on the spot (第六十九条)
     * @param reported          the decision was reported to the agency (备案, 第五十二条)
     */
    public record OnTheSpot(Money fineLimit, boolean certificatesShown, boolean factsCertain, boolean partyHeard,
                            boolean collected, Money collectionLimit, boolean hardToCollect, boolean reported) {
    }

    /** Who takes the step: an account, and the officer it belongs to when it is an officer's. */
    public record Actor(String username, @Nullable Long officerId) {
    }

    /**
     * A handler: certified today (行政处罚法第四十二条, registry's eligibility) and of the agency that may cite the
     * case's items.
     */
    public record Handler(long officerId, String name, boolean certified, boolean ofTheAgency) {
    }

    /**
     * What the review steps need.
     *
     * @param everyCase           the county requires legal review of every case
     * @param majorPublicInterest 涉及重大公共利益 (第五十八条第一项)
     * @param complex             疑难复杂、涉及多个法律关系 (第五十八条第三项; 情节复杂, 第五十七条)
     * @param majorViolation      重大违法行为 (第五十七条): collective discussion
     * @param legalReviewPassedAt when the legal review last passed; null when it has not
     * @param discussedOn         when the heads discussed the case collectively; null when they have not
     */
    public record Review(boolean everyCase, boolean majorPublicInterest, boolean complex, boolean majorViolation,
                         @Nullable Instant legalReviewPassedAt, @Nullable LocalDate discussedOn) {
    }

    /**
     * The 告知 and the periods it opened.
     *
     * @param waived the party declared it gives up stating, defending and asking for a hearing
     */
    public record Notice(@Nullable LocalDate notifiedOn, @Nullable LocalDate statementDue,
                         @Nullable LocalDate hearingRequestDue, boolean waived) {
    }

    /**
     * The hearing, when the party asked for one.
     *
     * @param earliestDay the first day the hearing may be held, given the day it was notified (第六十四条)
     * @param chair       the officer presiding
     */
    public record Hearing(boolean requested, @Nullable LocalDate noticeOn, @Nullable LocalDate scheduledOn,
                          @Nullable LocalDate earliestDay, @Nullable Long chair, @Nullable Instant heldAt) {

        public static Hearing none() {
            return new Hearing(false, null, null, null, null, null);
        }
    }

    /**
     * The search for earlier violations behind a 首违不罚 decision, as recorded on the case.
     *
     * @param listed   the county's 首违不罚 list has an entry for the item in force today
     * @param searched the search was made today for this decision
     * @param found    the earlier cases found (their codes)
     */
    public record FirstOffence(boolean listed, boolean searched, List<String> found) {

        public FirstOffence {
            found = List.copyOf(found);
        }

        public static FirstOffence notAsked() {
            return new FirstOffence(false, false, List.of());
        }
    }

    /**
     * Carrying out the decision.
     *
     * @param owed               fine and late-payment surcharge still unpaid
     * @param reminderEndsOn     the reminder's 10-day period ends (行政强制法第五十四条)
     * @param litigationEndsOn   the party's time to seek reconsideration or sue ends (第五十三条)
     * @param courtApplicationEndsOn the agency's time to apply to the court ends
     */
    public record Execution(Money owed, @Nullable LocalDate paymentDue, @Nullable LocalDate reminderEndsOn,
                            @Nullable LocalDate litigationEndsOn, @Nullable LocalDate courtApplicationEndsOn) {

        public static Execution none() {
            return new Execution(Money.ZERO, null, null, null, null);
        }
    }
}
