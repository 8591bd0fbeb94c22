package org.fazhi.inspection.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegionDirectory.RegionInfo;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * What a plan may name, and the checks that it names nothing else: agencies of the county, published inspection
 * items (行政检查 on the county's list, 「清单之外无检查」) of the participating agencies, the county's townships
 * and GB/T 4754 industries.
 */
@Component
public class PlanChoices {

    private final AgencyDirectory agencies;
    private final ItemCatalog items;
    private final RegionDirectory regions;
    private final PartyDirectory parties;

    PlanChoices(AgencyDirectory agencies, ItemCatalog items, RegionDirectory regions, PartyDirectory parties) {
        this.agencies = agencies;
        this.items = items;
        this.regions = regions;
        this.parties = parties;
    }

    /** Every agency of the user's county, since a joint plan may invite any of them. */
    public List<Option> agencies(DataScope scope) {
        return agencies.within(DataScope.ofRegion(scope.region().county()));
    }

    public Map<Long, String> agencyNames(DataScope scope) {
        return agencies(scope).stream().collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /**
     * The inspection items the given agencies may cite on the day: their own, and a township team's delegated ones.
     */
    public List<ItemSummary> inspectionItems(RegionCode county, Collection<Long> agencyIds, LocalDate day) {
        Map<Long, List<ItemSummary>> citable = items.citableInForce(county, day);
        return agencyIds.stream().distinct().flatMap(agency -> citable.getOrDefault(agency, List.of()).stream())
                .filter(item -> item.category() == ItemCategory.INSPECTION).distinct().toList();
    }

    /** The agencies of the county that may cite at least one inspection item on the day: those that inspect. */
    public Set<Long> inspectingAgencies(RegionCode county, LocalDate day) {
        return items.citableInForce(county, day).entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(item -> item.category() == ItemCategory.INSPECTION))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The county an agency belongs to. */
    public RegionCode countyOf(long agencyId) {
        return agencies.find(agencyId).map(option -> option.region().county())
                .orElseThrow(() -> new org.fazhi.platform.NotFound("registry.agency", agencyId));
    }

    public List<RegionInfo> townships(RegionCode county) {
        return regions.within(county.county()).stream().filter(region -> !region.county()).toList();
    }

    public Map<String, String> industries() {
        return parties.industries();
    }

    List<FieldProblem> problemsWith(DataScope scope, Set<Long> agencyIds, PlanForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        RegionCode county = scope.region().county();
        Set<Long> known = agencies(scope).stream().map(Option::id).collect(Collectors.toSet());
        if (!known.containsAll(agencyIds)) {
            problems.add(FieldProblem.of("otherAgencyIds", "inspection.plan.agency.unknown"));
        }
        LocalDate day = form.periodFrom() == null || form.periodFrom().isBefore(today) ? today : form.periodFrom();
        Set<Long> allowed = inspectionItems(county, agencyIds, day).stream().map(ItemSummary::id)
                .collect(Collectors.toSet());
        if (form.itemIds() != null && !allowed.containsAll(form.itemIds())) {
            problems.add(FieldProblem.of("itemIds", "inspection.plan.items.not-listed"));
        }
        Set<String> townships = townships(county).stream().map(region -> region.code().value())
                .collect(Collectors.toSet());
        if (form.townships() != null && !townships.containsAll(form.townships())) {
            problems.add(FieldProblem.of("townships", "inspection.plan.townships.unknown"));
        }
        if (form.industries() != null && !industries().keySet().containsAll(form.industries())) {
            problems.add(FieldProblem.of("industries", "inspection.plan.industries.unknown"));
        }
        return problems;
    }
}
