package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.util.List;

import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One indicator of case-file review, from two queries over the region and period ({@code :region} a prefix
 * pattern, {@code :from}, {@code :to} days): the total, and the figure per agency (columns {@code agency_id},
 * {@code value}); the per-agency query may be null for a county-wide figure (campaigns).
 */
final class ReviewTally implements Indicator {

    private final String code;
    private final Unit unit;
    private final String total;
    private final @Nullable String perAgency;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    ReviewTally(String code, Unit unit, String total, @Nullable String perAgency, JdbcClient jdbc,
                AgencyDirectory agencies) {
        this.code = code;
        this.unit = unit;
        this.total = total;
        this.perAgency = perAgency;
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
        BigDecimal value = jdbc.sql(total).param("region", region.value() + "%").param("from", period.from())
                .param("to", period.to()).query(BigDecimal.class).optional().orElse(null);
        List<AgencyFigure> byAgency = perAgency == null ? List.of() : jdbc.sql(perAgency)
                .param("region", region.value() + "%").param("from", period.from()).param("to", period.to())
                .query((rs, row) -> new AgencyFigure(rs.getLong("agency_id"),
                        agencies.nameOf(rs.getLong("agency_id"))
                                .orElse(Long.toString(rs.getLong("agency_id"))), figure(rs.getBigDecimal("value"))))
                .list();
        return new Measurement(figure(value), byAgency);
    }

    private Figure figure(@Nullable BigDecimal value) {
        if (unit == Unit.SCORE) {
            return value == null ? new Figure(null, 0, 0, false) : Figure.amount(value);
        }
        return Figure.count(value == null ? 0 : value.longValue());
    }
}
