package org.fazhi.registry;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Service;

/** Other modules' read-only view of the agencies: names and regions by id, and the agencies in a scope. */
@Service
public class AgencyDirectory implements AgencyOptions {

    private final AgencyRepository agencies;
    private final NamesById names;

    AgencyDirectory(AgencyRepository agencies, NamesById names) {
        this.agencies = agencies;
        this.names = names;
    }

    @Override
    public List<Option> within(DataScope scope) {
        return agencies.all(scope).stream().map(agency -> new Option(agency.id(), agency.name(), agency.region()))
                .toList();
    }

    /** The agencies in a scope that are of one of these kinds. */
    public List<Option> ofKinds(DataScope scope, Set<AgencyKind> kinds) {
        return agencies.all(scope).stream().filter(agency -> kinds.contains(agency.kind()))
                .map(agency -> new Option(agency.id(), agency.name(), agency.region())).toList();
    }

    public Optional<Option> find(long agencyId) {
        return agencies.find(agencyId).map(agency -> new Option(agency.id(), agency.name(), agency.region()));
    }

    /** An agency of the county by its name or its unified social credit code. */
    public Optional<Option> findByNameOrCode(RegionCode county, String nameOrCode) {
        String value = nameOrCode.strip();
        return agencies.findByName(county.county(), value)
                .or(() -> agencies.findByCreditCode(value.toUpperCase(Locale.ROOT))
                        .filter(agency -> county.county().contains(agency.region())))
                .map(agency -> new Option(agency.id(), agency.name(), agency.region()));
    }

    /** Name, address and phone for the documents the agency issues. */
    public Optional<AgencyLetterhead> letterheadOf(long agencyId) {
        return agencies.find(agencyId).map(agency -> new AgencyLetterhead(agency.id(), agency.name(),
                agency.contact().address(), agency.contact().phone()));
    }

    public Optional<String> nameOf(long agencyId) {
        return agencies.find(agencyId).map(agency -> agency.name());
    }

    /** The names of these agencies in one read, by id (an id not found is absent). */
    public Map<Long, String> namesOf(Collection<Long> agencyIds) {
        return names.of(NamesById.Named.AGENCY, agencyIds);
    }

    /** The township teams (乡镇综合行政执法大队) in a scope, each in its township: who receives delegated powers. */
    public List<Option> townshipTeams(DataScope scope) {
        return agencies.all(scope).stream().filter(agency -> agency.kind() == AgencyKind.TOWNSHIP_TEAM)
                .map(agency -> new Option(agency.id(), agency.name(), agency.region())).toList();
    }

    /** The county departments (县直部门) in a scope: the agencies whose powers may be delegated to townships (赋权). */
    public List<Option> countyDepartments(DataScope scope) {
        return agencies.all(scope).stream().filter(agency -> agency.kind() == AgencyKind.COUNTY_DEPARTMENT)
                .map(agency -> new Option(agency.id(), agency.name(), agency.region())).toList();
    }
}
