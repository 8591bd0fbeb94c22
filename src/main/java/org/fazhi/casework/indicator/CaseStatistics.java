package org.fazhi.casework.indicator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The case figures that are tables rather than single numbers, for a year and within the caller's scope: cases
 * filed by agency and month, and by penalty item cited; decisions by kind; clues by source; and casework's
 * indicators for the year, measured by the very beans the reports measure (one formula each).
 */
@Service
public class CaseStatistics {

    /** One agency's cases filed in each month of the year (index 0 = January) and in total. */
    public record AgencyMonths(long agencyId, String agencyName, long[] months, long total) {
    }

    /** Cases filed citing one item (by its code, across its versions). */
    public record ItemCount(String itemCode, long cases) {
    }

    private static final String IN_SCOPE = "c.region_code = left(:region, 6) and (:agency::bigint is null or"
            + " c.agency_id = :agency)";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final List<Indicator> indicators;

    CaseStatistics(JdbcClient jdbc, AgencyDirectory agencies, List<Indicator> indicators) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.indicators = indicators.stream().filter(CaseTally.class::isInstance).toList();
    }

    /**
     * Casework's indicators over the year by code (decisions by procedure, measures by kind, extended, overdue, limits
     * kept...): the county's figure, or the agency's for an agency's scope (nothing counted: 0, or a rate without
     * value), as the reports show them.
     */
    public Map<String, Figure> indicators(DataScope scope, int year) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        MeasurementPass pass = new MeasurementPass();
        for (Indicator indicator : indicators) {
            Indicator.Measurement measured = indicator.measure(scope.region(), Period.year(year), pass);
            Figure nothing = indicator.unit() == Indicator.Unit.PERCENT ? Figure.rate(0, 0) : Figure.count(0);
            figures.put(indicator.code(), !scope.isAgencyScoped() ? measured.total() : measured.byAgency().stream()
                    .filter(row -> Long.valueOf(row.agencyId()).equals(scope.agencyId()))
                    .map(Indicator.AgencyFigure::figure).findFirst().orElse(nothing));
        }
        return figures;
    }

    public List<AgencyMonths> byAgencyAndMonth(DataScope scope, int year) {
        Map<Long, long[]> months = new LinkedHashMap<>();
        bind(scope, year, """
                select c.agency_id, extract(month from c.filed_on)::int, count(*) from casework.penalty_case c
                 where %s and extract(year from c.filed_on) = :year group by 1, 2""".formatted(IN_SCOPE))
                .query((rs, n) -> months.computeIfAbsent(rs.getLong(1), id -> new long[12])[rs.getInt(2) - 1] =
                        rs.getLong(3)).list();
        return agencies.within(scope).stream().map((Option agency) -> {
            long[] counts = months.getOrDefault(agency.id(), new long[12]);
            return new AgencyMonths(agency.id(), agency.name(), counts, Arrays.stream(counts).sum());
        }).filter(row -> row.total() > 0).toList();
    }

    /** The items cited most, busiest first (at most 50). */
    public List<ItemCount> byItem(DataScope scope, int year) {
        return bind(scope, year, """
                select i.code, count(*) from casework.penalty_case c cross join lateral unnest(c.item_codes) as i(code)
                 where %s and extract(year from c.filed_on) = :year group by 1 order by 2 desc, 1 limit 50"""
                .formatted(IN_SCOPE)).query((rs, n) -> new ItemCount(rs.getString(1), rs.getLong(2))).list();
    }

    /** Decisions of the year by kind (PENALTY, NO_PENALTY, FIRST_OFFENCE_WAIVED, FACTS_UNPROVEN, TRANSFERRED). */
    public Map<String, Long> byDecision(DataScope scope, int year) {
        return counts(scope, year, """
                select p.kind, count(*) from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
                 where %s and extract(year from c.decided_on) = :year group by 1 order by 1""");
    }

    /** Clues registered in the year by where they came from. */
    public Map<String, Long> bySource(DataScope scope, int year) {
        return counts(scope, year, """
                select c.source_kind, count(*) from casework.penalty_case c
                 where %s and extract(year from c.discovered_on) = :year group by 1 order by 1""");
    }

    private Map<String, Long> counts(DataScope scope, int year, String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        bind(scope, year, sql.formatted(IN_SCOPE)).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private JdbcClient.StatementSpec bind(DataScope scope, int year, String sql) {
        return jdbc.sql(sql).param("region", scope.region().value()).param("agency", scope.agencyId())
                .param("year", year);
    }
}
