package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.catalog.checklist.CheckPointRepository;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Other modules' read-only view of the enforcement-item lists (「清单之外无权力」): whether an item may be cited on
 * a day, which items an agency may enforce then, and what an inspection item's checklist (检查表单) asks. The
 * list is public: an item is published while it is in force; a version before its start date or after its end is
 * not.
 */
@Service
public class ItemCatalog {

    private final ItemRepository items;
    private final CheckPointRepository checkPoints;

    ItemCatalog(ItemRepository items, CheckPointRepository checkPoints) {
        this.items = items;
        this.checkPoints = checkPoints;
    }

    public Optional<ItemSummary> find(long itemId) {
        return items.find(itemId).map(ItemCatalog::summary);
    }

    /** The versions among {@code itemIds} that exist, by code: e.g. the items an inspection cites. */
    public List<ItemSummary> findAll(Collection<Long> itemIds) {
        return items.findAll(itemIds).stream().map(ItemCatalog::summary)
                .sorted(Comparator.comparing(ItemSummary::code)).toList();
    }

    /** The check points of the item version, in order; empty when it has no checklist. */
    public List<CheckPoint> checklist(long itemId) {
        return checkPoints.ofItem(itemId);
    }

    /** The checklists of several versions in one query, by version id; versions without points are absent. */
    public Map<Long, List<CheckPoint>> checklists(Collection<Long> itemIds) {
        return checkPoints.ofItems(itemIds);
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
