package org.fazhi.casework.generation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Who could handle a county's cases in a year, as the registry and the catalog say: per agency, its officers
 * certified in the middle of the year (or yesterday, this year) and the penalty items it could cite then. Agencies
 * with fewer than two such officers or no penalty item file nothing that year (and hold no hearing without a third).
 */
@Component
class CountyDesks {

    /** One year's desks by agency; agencies weighted by their items for cases that do not come from inspections. */
    record Year(Map<Long, List<CertifiedOfficer>> officers, Map<Long, List<ItemSummary>> items, List<Long> weighted,
                Map<Long, String> legalOffices) {

        /** Two handlers, a chair and an item; only the legal office when the agency cannot file that year. */
        CaseLife.Desk desk(long agencyId, SplittableRandom r) {
            List<CertifiedOfficer> staff = officers.getOrDefault(agencyId, List.of());
            List<ItemSummary> cited = items.getOrDefault(agencyId, List.of());
            if (!canFile(agencyId)) {
                return new CaseLife.Desk(List.of(), List.of(legalOffices.getOrDefault(agencyId, "法制审核机构")), 0, 0,
                        "", legalOffices.getOrDefault(agencyId, "法制审核机构"));
            }
            int first = r.nextInt(staff.size());
            int second = (first + 1 + r.nextInt(staff.size() - 1)) % staff.size();
            int chair = -1;
            while (staff.size() > 2 && (chair < 0 || chair == first || chair == second)) {
                chair = r.nextInt(staff.size());
            }
            ItemSummary item = cited.get(r.nextInt(cited.size()));
            return new CaseLife.Desk(List.of(staff.get(first).officerId(), staff.get(second).officerId()),
                    List.of(staff.get(first).name(), staff.get(second).name()),
                    chair < 0 ? 0 : staff.get(chair).officerId(),
                    item.id(), item.code(), legalOffices.get(agencyId));
        }

        /** Two officers certified and a penalty item to cite. */
        boolean canFile(long agencyId) {
            return officers.getOrDefault(agencyId, List.of()).size() >= 2
                    && !items.getOrDefault(agencyId, List.of()).isEmpty();
        }

        long anyAgency(SplittableRandom r) {
            return weighted.get(r.nextInt(weighted.size()));
        }
    }

    private final CertifiedOfficers certified;
    private final ItemCatalog items;
    private final AgencyDirectory agencies;

    CountyDesks(CertifiedOfficers certified, ItemCatalog items, AgencyDirectory agencies) {
        this.certified = certified;
        this.items = items;
        this.agencies = agencies;
    }

    Year of(RegionCode county, int year, LocalDate today) {
        LocalDate mid = LocalDate.of(year, 7, 1);
        LocalDate day = mid.isBefore(today) ? mid : today.minusDays(1);
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        Map<Long, String> legalOffices = all.stream().collect(Collectors.toMap(AgencyOptions.Option::id,
                agency -> agency.name() + "法制审核机构"));
        Map<Long, List<CertifiedOfficer>> officers = certified.roster(legalOffices.keySet(), day).stream()
                .sorted(Comparator.comparing(CertifiedOfficer::officerId))
                .collect(Collectors.groupingBy(CertifiedOfficer::agencyId));
        Map<Long, List<ItemSummary>> penalties = items.citableInForce(county, day).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .filter(item -> item.category() == ItemCategory.PENALTY)
                        .sorted(Comparator.comparing(ItemSummary::id)).toList()));
        List<Long> weighted = new ArrayList<>();
        penalties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> officers.getOrDefault(e.getKey(), List.of()).size() >= 2)
                .forEach(e -> e.getValue().forEach(item -> weighted.add(e.getKey())));
        return new Year(officers, penalties, weighted, legalOffices);
    }
}
