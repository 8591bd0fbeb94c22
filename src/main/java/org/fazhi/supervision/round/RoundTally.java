package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
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
 * A supervision indicator (rounds, transfers, accountability) from one query over a table aliased {@code t} with an {@code agency_id}: per agency and in
 * total (grouping sets) a numerator and a denominator. Params: {@code :county}, {@code :from}, {@code :to} (days),
 * {@code :today}. A count is the numerator; a rate the numerator over the denominator.
 */
public final class RoundTally extends GroupedTally {

    /** Per agency and in total: {@code figures} over {@code from} (aliased t) for the rows that match {@code where}. */
    public static String perAgency(String figures, String from, String where) {
        return """
                select case when grouping(t.agency_id) = 1 then null else t.agency_id end, %s
                  from %s
                 where t.region_code = :county and %s
                 group by grouping sets ((t.agency_id), ())""".formatted(figures, from, where);
    }

    private final boolean rate;
    private final String sql;
    private final AgencyOptions agencies;
    private final Clock clock;

    public RoundTally(String code, Unit unit, boolean rate, String sql, JdbcClient jdbc, AgencyOptions agencies,
               Clock clock) {
        super(code, unit, false, jdbc);
        this.rate = rate;
        this.sql = sql;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    protected Query query(RegionCode region, Period period) {
        return new Query(sql, Map.of("county", region.county().value(), "from", period.from(), "to", period.to(),
                "today", LocalDate.now(clock)));
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
