package org.fazhi.registry.agency;

import java.util.List;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * An enforcement agency (执法主体): a body entitled to enforce, with the legal basis of its powers. Registered by
 * the justice bureau, later suspended or dissolved; its officers and certificates hang from it.
 *
 * @param entrustedBy for an entrusted organisation, the agency in whose name it acts
 * @param duties      its duties (职责) as published on the portal
 * @param contact     address and phones, for the portal and the documents it issues
 * @param areas       enforcement area codes (执法领域)
 */
public record Agency(long id, RegionCode region, String name, AgencyKind kind, CreditCode creditCode,
                     String legalBasis, String duties, AgencyContact contact, @Nullable Long entrustedBy,
                     List<String> areas, AgencyStatus status,
                     int version) {

    public Agency {
        areas = List.copyOf(areas);
    }

    public boolean isActive() {
        return status == AgencyStatus.ACTIVE;
    }
}
