package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A publication's period ended ({@code expiresOn}) and on {@code expiredOn} it left the portal; the feed's consumers
 * remove it too. Published in the transaction of the watch that expires it.
 */
public record PublicationExpired(long publicationId, long caseId, String decisionNumber, long agencyId,
                                 RegionCode county, LocalDate publishedOn, LocalDate expiresOn,
                                 LocalDate expiredOn) {
}
