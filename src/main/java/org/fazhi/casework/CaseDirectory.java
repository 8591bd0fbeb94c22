package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * How other modules name a case they hold by id: its code, county, agency and party, and whether it is still being
 * worked on. Supervision opens a transfer (三法衔接) from a case this way without reading casework's tables.
 */
public interface CaseDirectory {

    /** A case as others refer to it. */
    record CaseReference(long caseId, String caseCode, RegionCode county, long agencyId, long partyId, boolean open) {
    }

    Optional<CaseReference> of(long caseId);

    /** By its code (案件编号), as people type it. */
    Optional<CaseReference> ofCode(String caseCode);

    /** A case decided as some kind, on its day of decision. */
    record DecidedCase(long caseId, String caseCode, long agencyId, LocalDate decidedOn) {
    }

    /**
     * The county's cases decided as {@code kind}, by case id: supervision's generated 三法衔接 history follows the
     * cases decided {@link DecisionKind#TRANSFERRED} without reading casework's tables.
     */
    List<DecidedCase> decidedAs(RegionCode county, DecisionKind kind);
}
