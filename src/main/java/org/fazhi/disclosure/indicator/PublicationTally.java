package org.fazhi.disclosure.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * A disclosure indicator from one query over {@code disclosure.publication} (aliased {@code p}), yielding per agency
 * (null for the county's total, by {@code grouping sets}) a numerator and a denominator. Params: {@code :county},
 * {@code :from}, {@code :to} (days), {@code :fromAt}, {@code :toAt} (the period's instants in the county's time,
 * the end exclusive) and {@code :today}. A count is the numerator; a rate the numerator over the denominator.
 */
final class PublicationTally extends GroupedTally {

    /** Per agency and in total: {@code figures} over the county's publications that match {@code where}. */
    static String perAgency(String figures, String where) {
        return """
                select case when grouping(p.agency_id) = 1 then null else p.agency_id end, %s
                  from disclosure.publication p
                 where p.region_code = :county and %s
                 group by grouping sets ((p.agency_id), ())""".formatted(figures, where);
    }

    private final boolean rate;
    private final String sql;
    private final AgencyOptions agencies;
    private final Clock clock;

    PublicationTally(String code, Unit unit, boolean rate, String sql, JdbcClient jdbc, AgencyOptions agencies,
                     Clock clock) {
        super(code, unit, false, jdbc);
        this.rate = rate;
        this.sql = sql;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    protected Query query(RegionCode region, Period period) {
        return new Query(sql, params(region, period, clock));
    }

    @Override
    protected List<Agency> agencies(RegionCode region) {
        return agencies.within(DataScope.ofRegion(region)).stream().map(a -> new Agency(a.id(), a.name())).toList();
    }

    @Override
    protected Figure figure(long numerator, long denominator) {
        return rate ? Figure.rate(numerator, denominator) : Figure.count(numerator);
    }

    /** The parameters of a publication query: the county, the period's days and instants, and today. */
    static Map<String, Object> params(RegionCode region, Period period, Clock clock) {
        return Map.of("county", region.county().value(), "from", period.from(), "to", period.to(),
                "fromAt", startOf(period.from(), clock), "toAt", startOf(period.to().plusDays(1), clock),
                "today", LocalDate.now(clock));
    }

    private static OffsetDateTime startOf(LocalDate day, Clock clock) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
