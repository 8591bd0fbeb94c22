package org.fazhi.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a case's page shows of the compulsory measures on the case: their acts in its timeline and their running
 * periods among its deadlines. Implemented by {@code casework.compulsion}, which knows the case but is not known
 * by it: casefile reads its measures through this and nothing else of that package.
 */
public interface CaseMeasures {

    /**
     * One act on a measure of the case, in words the page resolves: the act's and the state's message keys, and
     * the measure kind's, which the line names.
     */
    record Act(long measureId, Instant at, String displayName, String actKey, String kindKey, boolean refused,
               @Nullable String stateKey, @Nullable String detail, @Nullable String legalBasis) {
    }

    /** The acts on the case's measures, oldest first, refusals included. */
    List<Act> acts(long caseId);

    /** The periods of the case's measures taken so far, as the case's deadlines; met when lifted or confiscated. */
    List<RunningDeadline> periods(long caseId);
}
