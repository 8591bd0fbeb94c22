package org.fazhi.disclosure.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The county's agencies and townships as the search form offers them, read once per rendering. A township's
 * decisions are those of the agencies seated in it: the decision records its agency, not the place of the offence.
 */
final class PortalChoices implements PortalQuery.Choices {

    /** A township as the form lists it. */
    record Township(String code, String name) {
    }

    private final List<Option> agencies;
    private final List<Township> townships;
    private final Map<String, Set<Long>> seated;

    PortalChoices(RegionCode county, AgencyOptions agencyOptions, RegionDirectory regions) {
        this.agencies = agencyOptions.within(DataScope.ofRegion(county));
        this.townships = regions.within(county).stream().filter(region -> !region.county())
                .map(region -> new Township(region.code().value(), region.name())).toList();
        this.seated = agencies.stream().collect(Collectors.groupingBy(agency -> agency.region().value(),
                Collectors.mapping(Option::id, Collectors.toUnmodifiableSet())));
    }

    List<Option> agencies() {
        return agencies;
    }

    List<Township> townships() {
        return townships;
    }

    Map<Long, String> agencyNames() {
        return agencies.stream().collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
    }

    @Override
    public boolean isAgency(long id) {
        return agencies.stream().anyMatch(agency -> agency.id() == id);
    }

    @Override
    public @Nullable Set<Long> agenciesIn(String township) {
        if (townships.stream().noneMatch(known -> known.code().equals(township))) {
            return null;
        }
        return seated.getOrDefault(township, Set.of());
    }
}
