package org.fazhi.catalog.item;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An item's legal bases and delegations: child rows of one version, read for many versions at once and replaced as
 * a whole when the version is saved (a list row has no identity of its own worth keeping).
 */
@Repository
class ItemParts {

    private final JdbcClient jdbc;

    ItemParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<LegalBasis>> legalBases(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select item_id, law, article, quoted from catalog.legal_basis
                         where item_id = any(?::bigint[]) order by item_id, position""")
                .param(idArray(itemIds))
                .query((rs, n) -> Map.entry(rs.getLong("item_id"),
                        new LegalBasis(rs.getString("law"), rs.getString("article"), rs.getString("quoted"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Map<Long, List<Delegation>> delegations(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select item_id, receiver, receiver_region_code, delegating_agency_id, domain, effective_from
                          from catalog.delegation where item_id = any(?::bigint[]) order by item_id, id""")
                .param(idArray(itemIds))
                .query((rs, n) -> {
                    String region = rs.getString("receiver_region_code");
                    return Map.entry(rs.getLong("item_id"), new Delegation(
                            Delegation.Receiver.valueOf(rs.getString("receiver")),
                            region == null ? null : RegionCode.of(region), rs.getLong("delegating_agency_id"),
                            rs.getString("domain"), rs.getObject("effective_from", java.time.LocalDate.class)));
                })
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Writes the version's legal bases and delegations in place of whatever it had. */
    void replace(long itemId, EnforcementItem item) {
        jdbc.sql("delete from catalog.legal_basis where item_id = ?").param(itemId).update();
        jdbc.sql("delete from catalog.delegation where item_id = ?").param(itemId).update();
        List<LegalBasis> bases = item.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis basis = bases.get(i);
            jdbc.sql("""
                            insert into catalog.legal_basis (item_id, region_code, position, law, article, quoted)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(itemId, item.region().value(), i + 1, basis.law(), basis.article(), basis.quoted())
                    .update();
        }
        for (Delegation delegation : item.delegations()) {
            jdbc.sql("""
                            insert into catalog.delegation (item_id, region_code, receiver, receiver_region_code,
                                                            delegating_agency_id, domain, effective_from)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(itemId, item.region().value(), delegation.receiver().name(),
                            delegation.receiverRegion() == null ? null : delegation.receiverRegion().value(),
                            delegation.delegatingAgencyId(), delegation.domain(), delegation.effectiveFrom())
                    .update();
        }
    }

    private static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
