package org.fazhi.casework.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.FlexibleListLookup;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.TierSummary;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Finds what a demo desk needs in the demo county as the registry and the catalog hold it: three officers of the
 * agency certified on every day from {@link #SPAN} days ago to today, and penalty items citable over the same span
 * with a published benchmark tier of fixed amounts (and one on the 首违不罚 list, if the agency has one).
 */
@Component
class DemoBenches {

    /** The oldest demo case is filed this many days ago. */
    static final int SPAN = 420;

    private final CertifiedOfficers certified;
    private final ItemCatalog items;
    private final PenaltyBenchmarks benchmarks;
    private final FlexibleListLookup flexibleLists;

    DemoBenches(CertifiedOfficers certified, ItemCatalog items, PenaltyBenchmarks benchmarks,
                FlexibleListLookup flexibleLists) {
        this.certified = certified;
        this.items = items;
        this.benchmarks = benchmarks;
        this.flexibleLists = flexibleLists;
    }

    /** The agency's bench, if it has three officers and an item for it; the accounts are those given. */
    Optional<DemoDesk.Bench> of(RegionCode county, AgencyOptions.Option agency, LocalDate today,
                                SignedInUser officer, SignedInUser head) {
        List<Long> officers = certifiedThroughout(agency.id(), today);
        if (officers.size() < 3) {
            return Optional.empty();
        }
        List<ItemSummary> citable = citableThroughout(county, agency.id(), today);
        for (ItemSummary item : citable) {
            Optional<TierSummary> tier = benchmarks.tiers(item.id()).stream()
                    .filter(t -> t.fineBasis() == FineBasis.FIXED && t.fineMin() != null && t.fineMax() != null)
                    .findFirst();
            if (tier.isPresent()) {
                BigDecimal fine = tier.get().fineMin().toYuan().add(tier.get().fineMax().toYuan())
                        .divide(BigDecimal.valueOf(200), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
                Long firstOffence = citable.stream().map(ItemSummary::id).filter(id -> flexibleLists
                        .applicableTo(id, today.minusDays(15)).stream()
                        .anyMatch(entry -> entry.listKind() == FlexibleListKind.FIRST_OFFENCE)).findFirst()
                        .orElse(null);
                return Optional.of(new DemoDesk.Bench(officer, head, officers.subList(0, 3), item.id(),
                        tier.get().name(), fine, firstOffence));
            }
        }
        return Optional.empty();
    }

    /** Accounts for an agency's desk that no one signs in with: the case record names them as the demo. */
    static SignedInUser user(RegionCode county, AgencyOptions.Option agency, Role role, String username,
                             String displayName) {
        return new SignedInUser(0, username, displayName, role, county, agency.id(), null, true, false, false, null);
    }

    private List<Long> certifiedThroughout(long agencyId, LocalDate today) {
        List<Set<Long>> rosters = Stream.iterate(0, days -> days <= SPAN, days -> days + 30)
                .map(days -> certified.roster(List.of(agencyId), today.minusDays(days)).stream()
                        .map(CertifiedOfficer::officerId).collect(Collectors.toSet())).toList();
        return rosters.get(0).stream().filter(id -> rosters.stream().allMatch(roster -> roster.contains(id)))
                .sorted().toList();
    }

    private List<ItemSummary> citableThroughout(RegionCode county, long agencyId, LocalDate today) {
        Set<Long> then = items.citableInForce(county, today.minusDays(SPAN + 10)).getOrDefault(agencyId, List.of())
                .stream().map(ItemSummary::id).collect(Collectors.toSet());
        return items.citableInForce(county, today).getOrDefault(agencyId, List.of()).stream()
                .filter(item -> item.category() == ItemCategory.PENALTY && then.contains(item.id()))
                .sorted(Comparator.comparing(ItemSummary::id)).toList();
    }
}
