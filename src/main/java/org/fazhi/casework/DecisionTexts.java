package org.fazhi.casework;

import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * What a decision says that may be published (行政处罚法第四十八条), read from the decision document as issued
 * (its field snapshot), so that disclosure never reads casework's tables and publishes exactly what was served.
 */
public interface DecisionTexts {

    /** The case's decision document (行政处罚决定书, 不予行政处罚决定书 or 当场行政处罚决定书); empty before one is issued. */
    Optional<DecisionText> of(long caseId);

    /**
     * The county's decided cases after {@code afterCaseId}, by case id, at most {@code limit}: a page of a bulk read
     * (the province generator publishes a county's history this way). A case with an issued decision document reads
     * as {@link #of}; a case without one (generated history) as its record states the decision, numbered in the
     * agency's series for the year in the order decided.
     */
    List<DecisionText> ofCounty(RegionCode county, long afterCaseId, int limit);
}
