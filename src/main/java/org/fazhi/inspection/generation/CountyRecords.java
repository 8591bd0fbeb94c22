package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a county's facts and each year's through the other modules' APIs, in a few queries per year. */
@Component
class CountyRecords {

    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final CertifiedOfficers officers;

    CountyRecords(AgencyDirectory agencies, PartyDirectory parties, ItemCatalog items, CertifiedOfficers officers) {
        this.agencies = agencies;
        this.parties = parties;
        this.items = items;
        this.officers = officers;
    }

    CountyFacts county(RegionCode county, LocalDate today) {
        List<Option> options = agencies.within(DataScope.ofRegion(county));
        Map<Long, String> names = options.stream().collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
        List<PartyEntry> directory = parties.directory(new PartyDirectory.Criteria(county, Set.of(), Set.of(),
                        Set.of())).stream()
                .map(entry -> new PartyEntry(entry.partyId(), entry.grade() == null ? "-" : entry.grade().name(),
                        entry.township().value()))
                .toList();
        return new CountyFacts(county, options, names, directory, parties.fiveAboveIn(county), today);
    }

    /** The year up to the day before generation; null when none of it has passed yet. */
    @Nullable YearFacts year(CountyFacts county, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate last = end.isBefore(county.today()) ? end : county.today().minusDays(1);
        if (last.isBefore(first)) {
            return null;
        }
        Map<Long, List<Long>> listed = inspectionItems(county.county(), first, last);
        List<Map<Long, List<CertifiedOfficer>>> rosters = new ArrayList<>();
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            rosters.add(rosterOfMonth(listed.keySet(), month));
        }
        return new YearFacts(year, first, last, listed, rosters,
                items.checklists(listed.values().stream().flatMap(List::stream).toList()));
    }

    /**
     * The inspection items each agency may cite from the first to the last day, by agency id: a township team's
     * are those delegated to its township (赋权).
     */
    private Map<Long, List<Long>> inspectionItems(RegionCode county, LocalDate first, LocalDate last) {
        Map<Long, List<Long>> byAgency = new TreeMap<>();
        items.citableInForce(county, first).forEach((agency, citable) -> citable.stream()
                .filter(item -> item.category() == ItemCategory.INSPECTION && item.isInForceOn(last))
                .forEach(item -> byAgency.computeIfAbsent(agency, id -> new ArrayList<>()).add(item.id())));
        return byAgency;
    }

    /** Certified on the month's first and last day, hence for any window within the month. */
    private Map<Long, List<CertifiedOfficer>> rosterOfMonth(Set<Long> agencyIds, LocalDate month) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> atEnd = officers.roster(agencyIds, Moments.endOfMonth(month)).stream()
                .map(CertifiedOfficer::officerId).collect(Collectors.toSet());
        return officers.roster(agencyIds, month).stream().filter(officer -> atEnd.contains(officer.officerId()))
                .collect(Collectors.groupingBy(CertifiedOfficer::agencyId, TreeMap::new, Collectors.toList()));
    }
}
