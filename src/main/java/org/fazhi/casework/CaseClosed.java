package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/** A case was closed (结案) after its decision was carried out, or handed to the court for enforcement. */
public record CaseClosed(long caseId, String caseCode, RegionCode county, long agencyId, LocalDate closedOn) {
}
