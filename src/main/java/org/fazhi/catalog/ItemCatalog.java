package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Other modules' read-only view of the enforcement-item lists (「清单之外无权力」): whether an item may be cited on
 * a day, and which items an agency may enforce then. The list is public: an item is published while it is in
 * force; a version before its start date or after its end is not.
 */
@Service
public class ItemCatalog {

    private final ItemRepository items;

    ItemCatalog(ItemRepository items) {
        this.items = items;
    }

    public Optional<ItemSummary> find(long itemId) {
        return items.find(itemId).map(ItemCatalog::summary);
    }

    /** Every version of the agency's items on the county's list, past ones too: what a record of an old visit cites. */
    public List<ItemSummary> everyVersion(RegionCode county, long agencyId) {
        ItemRepository.Search search = new ItemRepository.Search(null, agencyId, null, null, null, true);
        return items.all(DataScope.ofRegion(county.county()), search).stream().map(ItemCatalog::summary).toList();
    }

    /** The item's legal bases as cited to a party: 《法律法规》第某条. */
    public List<String> legalBases(long itemId) {
        return items.find(itemId).map(item -> item.legalBases().stream()
                .map(basis -> "《" + basis.law() + "》" + (basis.article() == null ? "" : basis.article()))
                .toList()).orElse(List.of());
    }

    /** True when the item version exists and is on its county's published list on the day. */
    public boolean isPublishedInForce(long itemId, LocalDate day) {
        return items.find(itemId).filter(item -> item.isInForceOn(day)).isPresent();
    }

    /** The agency's items in force on the day in the county's list, by code. */
    public List<ItemSummary> inForce(RegionCode county, long agencyId, LocalDate day) {
        ItemRepository.Search search = new ItemRepository.Search(null, agencyId, null, null, day, false);
        return items.all(DataScope.ofRegion(county.county()), search).stream().map(ItemCatalog::summary).toList();
    }

    /** The county's whole list in force on the day, every agency's, by code: one query where a loop would be many. */
    public List<ItemSummary> inForce(RegionCode county, LocalDate day) {
        return items.all(DataScope.ofRegion(county.county()), ItemRepository.Search.inForceOn(day)).stream()
                .map(ItemCatalog::summary).toList();
    }

    private static ItemSummary summary(EnforcementItem item) {
        return new ItemSummary(item.id(), item.region(), item.agencyId(), item.code(), item.name(), item.category(),
                item.enterpriseRelated(), item.effectiveFrom(), item.effectiveTo());
    }
}
