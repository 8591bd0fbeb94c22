package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Lawsuits the county's agencies lost (an outcome the county counts as 败诉, as {@link LawsuitLost} announces): for
 * supervision, each is a clue to examine for fault (过错责任追究) — 「一案一分析」.
 */
public interface LostLawsuits {

    /** One lost lawsuit: the court's number, the defendant agency and, when it is one, the contested penalty case. */
    record LostLawsuit(long lawsuitId, String courtNumber, RegionCode county, long agencyId, @Nullable Long caseId,
                       @Nullable String caseCode, String act, LawsuitOutcome outcome, LocalDate decidedOn) {
    }

    /** The county's lawsuits lost from {@code since} to {@code until}, both included, oldest first. */
    List<LostLawsuit> inCounty(RegionCode county, LocalDate since, LocalDate until);

    /** The lawsuit, if it ended in a loss. */
    Optional<LostLawsuit> of(long lawsuitId);
}
