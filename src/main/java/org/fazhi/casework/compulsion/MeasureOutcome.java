package org.fazhi.casework.compulsion;

/** What an act did: the measure, the act, its state and version after it; a retried act gets this same answer. */
public record MeasureOutcome(long measureId, MeasureAct act, MeasureState state, int version) {
}
