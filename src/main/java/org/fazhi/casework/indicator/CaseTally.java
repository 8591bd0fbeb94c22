package org.fazhi.casework.indicator;

import java.math.BigDecimal;
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
 * A casework indicator from one query over casework's own tables, yielding per agency (agency_id null for the
 * county's total, by {@code grouping sets}) a numerator and a denominator. Params: {@code :county}, {@code :from},
 * {@code :to}. A count is the numerator; a rate the numerator over the denominator; an amount the numerator in fen,
 * shown in yuan.
 */
final class CaseTally implements Indicator {

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

    private final String code;
    private final Unit unit;
    private final Kind kind;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    CaseTally(String code, Unit unit, Kind kind, String sql, JdbcClient jdbc, AgencyDirectory agencies) {
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
                .query((rs, n) -> Map.entry(rs.getObject(1) == null ? 0L : rs.getLong(1),
                        new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AgencyFigure> byAgency = agencies.within(DataScope.ofRegion(region)).stream()
                .filter(agency -> rows.containsKey(agency.id()))
                .map(agency -> new AgencyFigure(agency.id(), agency.name(), figure(rows.get(agency.id()))))
                .toList();
        return new Measurement(figure(rows.getOrDefault(0L, new long[2])), byAgency);
    }

    private Figure figure(long[] row) {
        return switch (kind) {
            case COUNT -> Figure.count(row[0]);
            case RATE -> Figure.rate(row[0], row[1]);
            case YUAN -> Figure.amount(BigDecimal.valueOf(row[0], 2));
        };
    }
}
