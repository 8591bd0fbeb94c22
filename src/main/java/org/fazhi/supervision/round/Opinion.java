package org.fazhi.supervision.round;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;

/**
 * 监督意见书: issued to one agency, from a round or about one record (个案监督), listing the problems found and the
 * deadline to rectify them. The agency answers with measures; the supervisor accepts them or returns them to be
 * answered again; not acted on by the deadline, it escalates to a 监督决定书 with its own deadline and an
 * interview (河南省行政执法条例: a 监督意见书 not acted on is followed by a 监督决定书).
 */
record Opinion(long id, RegionCode county, long agencyId, @Nullable Long roundId, @Nullable RecordLink subject,
               String number, LocalDate issuedOn, LocalDate deadline, boolean deadlineProvisional, OpinionState state,
               String issuedBy, @Nullable String decisionNumber, @Nullable LocalDate decidedOn,
               @Nullable LocalDate decisionDeadline, @Nullable LocalDate acceptedOn, @Nullable String acceptedBy,
               @Nullable Boolean onTime, int version) {

    static final String RECORD_TYPE = "supervision.opinion";
    static final String BASIS = "河南省行政执法条例";

    /** The deadline in force: the decision's once escalated. */
    LocalDate currentDeadline() {
        return decisionDeadline != null ? decisionDeadline : deadline;
    }

    boolean escalated() {
        return decisionNumber != null;
    }

    /** The agency submitted measures. */
    Opinion answered() {
        if (!state.awaitsAnswer()) {
            throw new RuleViolation("supervision.opinion.not-awaiting-answer", BASIS);
        }
        return with(OpinionState.ANSWERED, acceptedOn, acceptedBy, onTime);
    }

    /** The supervisor found the measures sufficient: on time when answered by the first deadline, never escalated. */
    Opinion accepted(String by, LocalDate on, LocalDate answeredOn) {
        requireAnswered();
        return with(OpinionState.ACCEPTED, on, by, !escalated() && !answeredOn.isAfter(deadline));
    }

    /** The supervisor sent the measures back: the agency answers again, by the same deadline. */
    Opinion returned() {
        requireAnswered();
        return with(escalated() ? OpinionState.ESCALATED : OpinionState.RETURNED, acceptedOn, acceptedBy, onTime);
    }

    /** Whether it is to escalate on {@code today}: past its deadline, unanswered, not yet escalated. */
    boolean isOverdueOn(LocalDate today) {
        return !escalated() && (state == OpinionState.ISSUED || state == OpinionState.RETURNED)
                && today.isAfter(deadline);
    }

    Opinion escalatedTo(String number, LocalDate on, LocalDate newDeadline) {
        if (!isOverdueOn(on)) {
            throw new RuleViolation("supervision.opinion.not-overdue", BASIS);
        }
        return new Opinion(id, county, agencyId, roundId, subject, this.number, issuedOn, deadline,
                deadlineProvisional, OpinionState.ESCALATED, issuedBy, number, on, newDeadline, acceptedOn,
                acceptedBy, onTime, version);
    }

    private void requireAnswered() {
        if (state != OpinionState.ANSWERED) {
            throw new RuleViolation("supervision.opinion.not-answered", BASIS);
        }
    }

    private Opinion with(OpinionState next, @Nullable LocalDate on, @Nullable String by, @Nullable Boolean timely) {
        return new Opinion(id, county, agencyId, roundId, subject, number, issuedOn, deadline, deadlineProvisional,
                next, issuedBy, decisionNumber, decidedOn, decisionDeadline, on, by, timely, version);
    }
}
