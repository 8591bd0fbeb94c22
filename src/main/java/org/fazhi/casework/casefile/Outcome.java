package org.fazhi.casework.casefile;

import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.jspecify.annotations.Nullable;

/**
 * What a step did: the case, the step, the stage before and after, the case's version after it. Stored with the
 * step's request key, so a retried request gets this same answer and the step never happens twice.
 *
 * @param from null for a new clue
 */
public record Outcome(long caseId, Transition transition, @Nullable CaseState from, CaseState to, int version) {
}
