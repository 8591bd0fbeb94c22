package org.fazhi.inspection.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * One inspection from an agency's ledger, as imported: who inspected whom on which day, citing which items, with
 * what result. It has no task code, approval, draw or visit code, because none existed; it is imported, never
 * edited (the same agency, party and day cannot be imported twice).
 *
 * @param enterprise whether the party is an enterprise (not a natural person): only those count as 涉企 inspections
 * @param itemIds    the catalog versions the codes named
 * @param itemCodes  the codes, in the order of {@code itemIds}
 * @param importedAt null until stored
 */
public record ImportedInspection(long id, RegionCode county, long agencyId, long partyId, boolean enterprise,
                                 LocalDate inspectedOn, TaskKind kind, List<Long> itemIds, List<String> itemCodes,
                                 InspectionResult result, @Nullable String inspectors, @Nullable String note,
                                 String importedBy, @Nullable Instant importedAt) {

    public ImportedInspection {
        itemIds = List.copyOf(itemIds);
        itemCodes = List.copyOf(itemCodes);
    }
}
