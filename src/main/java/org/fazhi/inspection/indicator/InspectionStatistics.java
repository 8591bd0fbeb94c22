package org.fazhi.inspection.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.inspection.filing.PlanCoverage;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspection figures that are tables rather than single numbers: inspections carried out by agency and month
 * (a joint visit counts for each of its agencies), and how many parties were inspected once, twice, three times,
 * four times or more in the year. Both count imported history as well as tasks.
 */
@Service
public class InspectionStatistics {

    /** One agency's inspections in each month of the year (index 0 = January) and in total. */
    public record AgencyMonths(long agencyId, String agencyName, long[] months, long total) {
    }

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final Clock clock;

    InspectionStatistics(JdbcClient jdbc, AgencyDirectory agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The year asked for, or this year when none is asked for or it lies outside 2000 to this year. */
    public int yearOf(@Nullable Integer requested) {
        int thisYear = LocalDate.now(clock).getYear();
        return requested == null || requested < 2000 || requested > thisYear ? thisYear : requested;
    }

    public List<AgencyMonths> byAgencyAndMonth(DataScope scope, int year) {
        Map<Long, long[]> months = new LinkedHashMap<>();
        jdbc.sql("""
                select a.agency_id, extract(month from i.carried_out_on)::int, count(*)
                  from inspection.inspection_carried_out i cross join lateral unnest(i.agency_ids) as a(agency_id)
                 where i.region_code = left(?, 6) and extract(year from i.carried_out_on) = ?
                 group by 1, 2""").params(scope.region().value(), year)
                .query((rs, n) -> {
                    months.computeIfAbsent(rs.getLong(1), id -> new long[12])[rs.getInt(2) - 1] = rs.getLong(3);
                    return null;
                }).list();
        return agencies.within(scope).stream().map((Option agency) -> {
            long[] counts = months.getOrDefault(agency.id(), new long[12]);
            return new AgencyMonths(agency.id(), agency.name(), counts, java.util.Arrays.stream(counts).sum());
        }).filter(row -> row.total() > 0 || scope.isAgencyScoped()).toList();
    }

    /**
     * Inspections carried out in the year outside a filed annual plan (年度检查计划备案), and those with a check-in
     * flagged as too far from the party (亮码即定位): {outside plan, far check-ins}.
     */
    public long[] flagged(DataScope scope, int year) {
        return jdbc.sql("""
                select count(*) filter (where %s),
                       count(*) filter (where exists (select 1 from inspection.code_scan s where s.task_id = t.id and s.far))
                  from inspection.task t
                 where t.region_code = left(?, 6) and extract(year from t.window_from) = ?
                   and t.status in ('CHECKED_IN', 'CONCLUDED') and (?::bigint is null or ? = any(t.agency_ids))"""
                        .formatted(PlanCoverage.OUTSIDE_PLAN))
                .params(scope.region().value(), year, scope.agencyId(), scope.agencyId())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Parties by the number of inspections they had in the year: keys 1, 2, 3 and 4 (meaning 4 or more). */
    public Map<Integer, Long> visitsPerParty(DataScope scope, int year) {
        Map<Integer, Long> distribution = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L)); // 1, 2, 3, 4 or more
        jdbc.sql("""
                select least(visits, 4), count(*) from (
                    select party_id, count(*) as visits from inspection.inspection_carried_out i
                     where i.region_code = left(?, 6) and extract(year from i.carried_out_on) = ?
                       and (?::bigint is null or ? = any(i.agency_ids))
                     group by party_id) per_party
                 group by 1 order by 1""")
                .params(scope.region().value(), year, scope.agencyId(), scope.agencyId())
                .query((rs, n) -> distribution.put(rs.getInt(1), rs.getLong(2))).list();
        return distribution;
    }
}
