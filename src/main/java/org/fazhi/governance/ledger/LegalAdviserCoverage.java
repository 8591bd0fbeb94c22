package org.fazhi.governance.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 法律顾问覆盖率 (seed A1): of the agencies in the registry that should have an adviser (those of the kinds
 * {@link LegalAdviserProperties#requiredKinds()} names: by default county departments and township teams), those with a
 * legal adviser or a government lawyer serving on the period's last day, i.e. an entry of the legal-advisers ledger
 * naming the agency in its field {@value #AGENCY_FIELD}, appointed by that day, its term not ended before it. Each
 * agency's own figure is 1/1 or 0/1. Bodies named only as text (villages, bodies outside the registry) are not
 * counted here; LEGAL_ADVISER_BODIES counts them.
 */
@Component
class LegalAdviserCoverage implements Indicator {

    static final String CODE = "LEGAL_ADVISER_COVERAGE_RATE";
    static final String TYPE = "legal-advisers";
    static final String AGENCY_FIELD = "bodyAgency";
    /** The kinds of adviser who cover a body (法律顾问制度和公职律师制度: a government lawyer serves as one). */
    static final List<String> ADVISERS = List.of("法律顾问", "公职律师");

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final LegalAdviserProperties properties;

    LegalAdviserCoverage(JdbcClient jdbc, AgencyDirectory agencies, LegalAdviserProperties properties) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.properties = properties;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Set<Long> covered = new HashSet<>(jdbc.sql("""
                select distinct (e.field_values ->> 'bodyAgency')::bigint
                  from governance.ledger_entry e
                 where e.region_code = :county and e.type_code = :type and e.entry_date <= :day
                   and e.field_values ->> 'bodyAgency' is not null
                   and e.field_values ->> 'adviserType' in (:advisers)
                   and (e.field_values ->> 'termEndsOn' is null or (e.field_values ->> 'termEndsOn')::date >= :day)""")
                .param("county", region.county().value()).param("type", TYPE).param("day", period.to())
                .param("advisers", ADVISERS).query(Long.class).list());
        List<AgencyFigure> byAgency = agencies.ofKinds(DataScope.ofRegion(region), properties.requiredKinds())
                .stream()
                .map(a -> new AgencyFigure(a.id(), a.name(), Figure.rate(covered.contains(a.id()) ? 1 : 0, 1)))
                .toList();
        long bodiesCovered = byAgency.stream().filter(a -> a.figure().numerator() > 0).count();
        return new Measurement(Figure.rate(bodiesCovered, byAgency.size()), byAgency);
    }
}
