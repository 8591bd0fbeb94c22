package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A penalty decision went on the portal (公开), by its legal office or automatically; published in the publishing
 * transaction, for supervision (on time?) and the feed. Carries ids and dates only, never the text.
 */
public record DecisionPublished(long publicationId, long caseId, String decisionNumber, long agencyId,
                                RegionCode county, LocalDate decidedOn, LocalDate dueOn, LocalDate publishedOn,
                                LocalDate expiresOn) {

    /** Whether it was published after its due day (国办发〔2018〕118号: 7 working days). */
    public boolean late() {
        return publishedOn.isAfter(dueOn);
    }
}
