package org.fazhi.supervision;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A reviewer of a case-file review campaign (案卷评查) found a problem in a closed file: which agency must rectify
 * it, in which case, against which checklist item and part, and what was found. Rectification follows it as it
 * follows a supervision round's findings.
 */
public record CaseFileProblemFound(long problemId, long campaignId, RegionCode county, long agencyId, long caseId,
                                   String caseCode, String checklistPart, String checklistItem, String text,
                                   LocalDate foundOn) {
}
