package org.fazhi.inspection.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * An inspection indicator from one query yielding (agency_id, numerator, denominator) per agency — agency_id null
 * for the county's total, so a joint visit counts once in the total and once for each of its agencies. Params:
 * {@code :county}, {@code :from}, {@code :to}, and the same period a year earlier as {@code :lastFrom},
 * {@code :lastTo}.
 */
final class InspectionTally extends GroupedTally {

    /** How a numerator and a denominator make the figure. */
    enum Kind {
        COUNT, RATE, AVERAGE, CHANGE
    }

    private final Kind kind;
    private final String sql;
    private final AgencyDirectory agencies;

    InspectionTally(String code, Unit unit, Kind kind, String sql, JdbcClient jdbc, AgencyDirectory agencies) {
        super(code, unit, true, jdbc);
        this.kind = kind;
        this.sql = sql;
        this.agencies = agencies;
    }

    @Override
    protected Query query(RegionCode region, Period period) {
        return new Query(sql, Map.of("county", region.county().value(), "from", period.from(), "to", period.to(),
                "lastFrom", period.from().minusYears(1), "lastTo", period.to().minusYears(1)));
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
            case AVERAGE -> new Figure(denominator == 0 ? null : BigDecimal.valueOf(numerator)
                    .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP), numerator, denominator, false);
            case CHANGE -> new Figure(denominator == 0 ? null : BigDecimal.valueOf(numerator - denominator)
                    .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP),
                    numerator, denominator, true);
        };
    }
}
