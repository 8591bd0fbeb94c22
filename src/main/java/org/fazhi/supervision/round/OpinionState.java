package org.fazhi.supervision.round;

/**
 * A 监督意见书's life: ISSUED to the agency; ANSWERED with measures; RETURNED by the supervisor (answer again);
 * ACCEPTED (rectified); ESCALATED to a 监督决定书 when not acted on by the deadline (answered again from there).
 */
public enum OpinionState {
    ISSUED, ANSWERED, RETURNED, ACCEPTED, ESCALATED;

    /** Waiting for the agency to answer. */
    boolean awaitsAnswer() {
        return this == ISSUED || this == RETURNED || this == ESCALATED;
    }
}
