package org.fazhi.disputes.reconsideration;

import java.util.List;
import java.util.Map;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.GroupedTally;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reconsideration indicator from one query over {@code disputes.reconsideration r} (or another table of the
 * body's work, such as its opinions), by respondent agency and in
 * total (grouping sets): a numerator and a denominator over the county's cases that match {@code where}. Params:
 * {@code :county}, {@code :from}, {@code :to}. A count is the numerator; a rate the numerator over the denominator.
 */
final class ReconsiderationTally extends GroupedTally {

    private final boolean rate;
    private final String sql;
    private final AgencyOptions agencies;

    ReconsiderationTally(String code, Unit unit, boolean rate, String figures, String where, JdbcClient jdbc,
                         AgencyOptions agencies) {
        this(code, unit, rate, Columns.OWN, figures, "disputes.reconsideration", where, jdbc, agencies);
    }

    /** Over another table of the county's reconsideration work, aliased {@code r} as well (e.g. the opinions). */
    ReconsiderationTally(String code, Unit unit, boolean rate, String figures, String table, String where,
                         JdbcClient jdbc, AgencyOptions agencies) {
        this(code, unit, rate, Columns.OWN, figures, table, where, jdbc, agencies);
    }

    /** Two {@code columns} of {@code figures}, a query over the cases that other indicators share. */
    ReconsiderationTally(String code, Unit unit, boolean rate, Columns columns, String figures, String where,
                         JdbcClient jdbc, AgencyOptions agencies) {
        this(code, unit, rate, columns, figures, "disputes.reconsideration", where, jdbc, agencies);
    }

    private ReconsiderationTally(String code, Unit unit, boolean rate, Columns columns, String figures, String table,
                                 String where, JdbcClient jdbc, AgencyOptions agencies) {
        super(code, unit, false, columns, jdbc);
        this.rate = rate;
        this.sql = """
                select case when grouping(r.agency_id) = 1 then null else r.agency_id end, %s
                  from %s r
                 where r.region_code = :county and %s
                 group by grouping sets ((r.agency_id), ())""".formatted(figures, table, where);
        this.agencies = agencies;
    }

    @Override
    protected Query query(RegionCode region, Period period) {
        return new Query(sql, Map.of("county", region.county().value(), "from", period.from(), "to", period.to()));
    }

    @Override
    protected List<Agency> agencies(RegionCode region) {
        return agencies.within(DataScope.ofRegion(region)).stream().map(a -> new Agency(a.id(), a.name())).toList();
    }

    @Override
    protected Figure figure(long numerator, long denominator) {
        return rate ? Figure.rate(numerator, denominator) : Figure.count(numerator);
    }
}
