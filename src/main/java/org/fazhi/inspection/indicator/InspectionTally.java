package org.fazhi.inspection.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
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
final class InspectionTally implements Indicator {

    /** How a numerator and a denominator make the figure. */
    enum Kind {
        COUNT, RATE, AVERAGE, CHANGE
    }

    private final String code;
    private final Unit unit;
    private final Kind kind;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    InspectionTally(String code, Unit unit, Kind kind, String sql, JdbcClient jdbc, AgencyDirectory agencies) {
        this.code = code;
        this.unit = unit;
        this.kind = kind;
        this.sql = sql;
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    @Override
    public Measurement measure(RegionCode region, Period period) {
        Map<Long, long[]> rows = jdbc.sql(sql).param("county", region.county().value())
                .param("from", period.from()).param("to", period.to())
                .param("lastFrom", period.from().minusYears(1)).param("lastTo", period.to().minusYears(1))
                .query((rs, n) -> Map.entry(rs.getObject(1) == null ? 0L : rs.getLong(1),
                        new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<AgencyFigure> byAgency = agencies.within(DataScope.ofRegion(region)).stream()
                .map(agency -> new AgencyFigure(agency.id(), agency.name(),
                        figure(rows.getOrDefault(agency.id(), new long[2]))))
                .toList();
        return new Measurement(figure(rows.getOrDefault(0L, new long[2])), byAgency);
    }

    private Figure figure(long[] row) {
        long numerator = row[0];
        long denominator = row[1];
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
