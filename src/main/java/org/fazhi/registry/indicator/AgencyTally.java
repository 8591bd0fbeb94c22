package org.fazhi.registry.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.AgencyFigure;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registry indicator computed by one SQL query that yields, for every agency of the region, a numerator and (for
 * rates) a denominator. The query's parameters are, in order: the region pattern, then those of {@link #params}.
 */
final class AgencyTally implements Indicator {

    /** Binds the period to the query's remaining placeholders. */
    interface Params {
        List<Object> of(Period period);
    }

    private final String code;
    private final Unit unit;
    private final String sql;
    private final Params params;
    private final JdbcClient jdbc;

    AgencyTally(String code, Unit unit, String sql, Params params, JdbcClient jdbc) {
        this.code = code;
        this.unit = unit;
        this.sql = sql;
        this.params = params;
        this.jdbc = jdbc;
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
        List<Object> arguments = new ArrayList<>(params.of(period));
        arguments.add(region.value() + "%");
        List<AgencyFigure> rows = jdbc.sql(sql).params(arguments)
                .query((rs, n) -> new AgencyFigure(rs.getLong("agency_id"), rs.getString("agency_name"),
                        figure(rs.getBigDecimal("numerator"), rs.getLong("denominator"))))
                .list();
        return new Measurement(total(rows), rows);
    }

    private Figure figure(BigDecimal numerator, long denominator) {
        if (unit == Unit.PERCENT) {
            return Figure.rate(numerator.longValue(), denominator);
        }
        return unit == Unit.HOURS ? Figure.amount(numerator) : Figure.count(numerator.longValue());
    }

    private Figure total(List<AgencyFigure> rows) {
        if (unit == Unit.PERCENT) {
            return Figure.rate(rows.stream().mapToLong(row -> row.figure().numerator()).sum(),
                    rows.stream().mapToLong(row -> row.figure().denominator()).sum());
        }
        BigDecimal sum = rows.stream().map(row -> row.figure().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return unit == Unit.HOURS ? Figure.amount(sum) : Figure.count(sum.longValue());
    }
}
