package org.fazhi.casework;

import java.util.Optional;

/**
 * What a decision says that may be published (行政处罚法第四十八条), read from the decision document as issued
 * (its field snapshot), so that disclosure never reads casework's tables and publishes exactly what was served.
 */
public interface DecisionTexts {

    /** The case's decision document (行政处罚决定书, 不予行政处罚决定书 or 当场行政处罚决定书); empty before one is issued. */
    Optional<DecisionText> of(long caseId);
}
