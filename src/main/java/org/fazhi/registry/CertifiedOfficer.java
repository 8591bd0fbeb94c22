package org.fazhi.registry;

import java.time.LocalDate;

/**
 * An officer who may enforce on a given day (see {@link CertifiedOfficers#eligibility}), with the certificate that
 * qualifies: what an inspector directory (执法检查人员名录库) lists and what a visit's verification page shows.
 */
public record CertifiedOfficer(long officerId, long agencyId, String name, String certificateNumber,
                               LocalDate certificateExpiresOn) {
}
