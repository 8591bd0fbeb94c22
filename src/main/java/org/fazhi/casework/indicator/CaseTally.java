package org.fazhi.casework.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.GroupedTally;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A casework indicator from one query over casework's own tables, yielding per agency (agency_id null for the
 * county's total, by {@code grouping sets}) a numerator and a denominator. Params: {@code :county}, {@code :from},
 * {@code :to}. A count is the numerator; a rate the numerator over the denominator; an amount the numerator in fen,
 * shown in yuan.
 */
final class CaseTally extends GroupedTally {

    /** How the numerator and the denominator make the figure. */
    enum Kind {
        COUNT, RATE, YUAN
    }

    /** Per agency and in total: {@code figures} over rows of {@code from} aliased so that {@code c.agency_id} exists. */
    static String perAgency(String figures, String from, String where) {
        return """
                select case when grouping(c.agency_id) = 1 then null else c.agency_id end, %s
                  from %s
                 where c.region_code = :county and %s
                 group by grouping sets ((c.agency_id), ())""".formatted(figures, from, where);
    }

    private final Kind kind;
    private final String sql;
    private final AgencyDirectory agencies;

    CaseTally(String code, Unit unit, Kind kind, String sql, JdbcClient jdbc, AgencyDirectory agencies) {
        super(code, unit, false, jdbc);
        this.kind = kind;
        this.sql = sql;
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
        return switch (kind) {
            case COUNT -> Figure.count(numerator);
            case RATE -> Figure.rate(numerator, denominator);
            case YUAN -> Figure.amount(BigDecimal.valueOf(numerator, 2));
        };
    }
}
