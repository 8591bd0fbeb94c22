package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fazhi.catalog.checklist.CheckPointRepository;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegionDirectory.RegionInfo;
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
    private final AgencyDirectory agencies;
    private final RegionDirectory regions;
    private final CheckPointRepository checkPoints;

    ItemCatalog(ItemRepository items, AgencyDirectory agencies, RegionDirectory regions,
                CheckPointRepository checkPoints) {
        this.items = items;
        this.agencies = agencies;
        this.regions = regions;
        this.checkPoints = checkPoints;
    }

    public Optional<ItemSummary> find(long itemId) {
        return items.find(itemId).map(ItemCatalog::summary);
    }

    /**
     * Every version of the items the agency may cite, past ones too, delegated ones included for a township team:
     * what a record of an old visit cites.
     */
    public List<ItemSummary> everyVersion(RegionCode county, long agencyId) {
        ItemRepository.Search search = new ItemRepository.Search(null, null, null, null, null, true);
        List<EnforcementItem> versions = items.all(DataScope.ofRegion(county.county()), search);
        return citable(county, versions, LocalDate.MAX).getOrDefault(agencyId, List.of());
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

    /** The county's whole list in force on the day, every agency's, by code: one query where a loop would be many. */
    public List<ItemSummary> inForce(RegionCode county, LocalDate day) {
        return items.all(DataScope.ofRegion(county.county()), ItemRepository.Search.inForceOn(day)).stream()
                .map(ItemCatalog::summary).toList();
    }

    /**
     * The items each agency of the county may cite on the day, by agency id: its own items in force and, for a
     * township team, the items delegated to its township by then (赋权: to every town and township, to every
     * subdistrict, or to that one township), which it enforces in its own name.
     */
    public Map<Long, List<ItemSummary>> citableInForce(RegionCode county, LocalDate day) {
        return citable(county, items.all(DataScope.ofRegion(county.county()), ItemRepository.Search.inForceOn(day)),
                day);
    }

    /**
     * Those of {@code itemIds} the agency may cite on the day, as {@link #citableInForce} would list them for it,
     * reading only those items: what filing a case checks of the items it cites.
     */
    public List<ItemSummary> citableAmong(RegionCode county, long agencyId, Collection<Long> itemIds, LocalDate day) {
        List<EnforcementItem> listed = items.findAll(itemIds).stream()
                .filter(item -> item.region().equals(county.county()) && item.isInForceOn(day)).toList();
        if (listed.stream().allMatch(item -> item.agencyId() == agencyId)) {
            return listed.stream().map(ItemCatalog::summary).toList(); // its own: no delegation to look for
        }
        return citable(county, listed, day).getOrDefault(agencyId, List.of());
    }

    /** The listed versions by the agencies that may cite them: the holder, and township teams they reach by the day. */
    private Map<Long, List<ItemSummary>> citable(RegionCode county, List<EnforcementItem> listed, LocalDate day) {
        Map<Long, List<ItemSummary>> citable = listed.stream().collect(Collectors.groupingBy(EnforcementItem::agencyId,
                TreeMap::new, Collectors.mapping(ItemCatalog::summary, Collectors.toCollection(ArrayList::new))));
        Map<RegionCode, Boolean> subdistricts = regions.within(county.county()).stream()
                .collect(Collectors.toMap(RegionInfo::code, RegionInfo::subdistrict));
        for (Option team : agencies.townshipTeams(DataScope.ofRegion(county.county()))) {
            boolean subdistrict = subdistricts.getOrDefault(team.region(), false);
            listed.stream().filter(item -> item.delegations().stream()
                            .anyMatch(delegation -> delegation.reaches(team.region(), subdistrict, day)))
                    .forEach(item -> citable.computeIfAbsent(team.id(), id -> new ArrayList<>()).add(summary(item)));
        }
        return citable;
    }

    private static ItemSummary summary(EnforcementItem item) {
        return new ItemSummary(item.id(), item.region(), item.agencyId(), item.code(), item.name(), item.category(),
                item.enterpriseRelated(), item.effectiveFrom(), item.effectiveTo());
    }
}
