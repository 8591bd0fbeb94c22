package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Agencies' acts that reconsideration found wanting (纠错: changed, revoked, declared unlawful or void, ordered to
 * perform): for supervision, each is a clue to examine for fault (过错责任追究) and a file worth reviewing.
 */
public interface CorrectedActs {

    /** One corrected act: the reconsideration case, the respondent agency and, when it is one, the penalty case. */
    record CorrectedAct(long reconsiderationId, String number, RegionCode county, long agencyId,
                        @Nullable Long caseId, @Nullable String caseCode, String act,
                        ReconsiderationOutcome outcome, LocalDate concludedOn) {
    }

    /** The county's acts corrected from {@code since} to {@code until}, both included, oldest first. */
    List<CorrectedAct> inCounty(RegionCode county, LocalDate since, LocalDate until);

    /** The reconsideration case's corrected act, if it ended by correcting one. */
    Optional<CorrectedAct> of(long reconsiderationId);
}
