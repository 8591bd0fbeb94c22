package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCategory;
import org.jspecify.annotations.Nullable;

/** An item version as the REST API shows it: plain values, stable names, and whether it is in force today. */
public record ItemView(long id, String regionCode, long agencyId, String code, String name, ItemCategory category,
                       boolean enterpriseRelated, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
                       boolean inForce, List<LegalBasis> legalBases, List<DelegationView> delegations, int version) {

    public record DelegationView(Delegation.Receiver receiver, @Nullable String receiverRegionCode,
                                 long delegatingAgencyId, @Nullable String domain, LocalDate effectiveFrom) {
    }

    static ItemView of(EnforcementItem item, LocalDate today) {
        return new ItemView(item.id(), item.region().value(), item.agencyId(), item.code(), item.name(),
                item.category(), item.enterpriseRelated(), item.effectiveFrom(), item.effectiveTo(),
                item.isInForceOn(today), item.legalBases(),
                item.delegations().stream().map(d -> new DelegationView(d.receiver(),
                        d.receiverRegion() == null ? null : d.receiverRegion().value(), d.delegatingAgencyId(),
                        d.domain(), d.effectiveFrom())).toList(),
                item.version());
    }
}
