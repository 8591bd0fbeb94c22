package org.fazhi.disputes.litigation;

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
 * A litigation indicator from one query over {@code disputes.lawsuit s} (joined to whatever {@code from} adds), by
 * defendant agency and in total (grouping sets): a numerator and a denominator over the county's rows that match
 * {@code where}. Params: {@code :county}, {@code :from}, {@code :to}. A count is the numerator; a rate the numerator
 * over the denominator.
 */
final class LitigationTally extends GroupedTally {

    private final boolean rate;
    private final String sql;
    private final AgencyOptions agencies;

    LitigationTally(String code, Unit unit, boolean rate, String figures, String from, String where, JdbcClient jdbc,
                    AgencyOptions agencies) {
        this(code, unit, rate, Columns.OWN, figures, from, where, jdbc, agencies);
    }

    /** Two {@code columns} of {@code figures}, a query other indicators share. */
    LitigationTally(String code, Unit unit, boolean rate, Columns columns, String figures, String from, String where,
                    JdbcClient jdbc, AgencyOptions agencies) {
        super(code, unit, false, columns, jdbc);
        this.rate = rate;
        this.sql = """
                select case when grouping(s.agency_id) = 1 then null else s.agency_id end, %s
                  from %s
                 where s.region_code = :county and %s
                 group by grouping sets ((s.agency_id), ())""".formatted(figures, from, where);
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
