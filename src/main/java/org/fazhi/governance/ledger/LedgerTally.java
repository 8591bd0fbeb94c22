package org.fazhi.governance.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.GroupedTally;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A declared ledger indicator measured with one query over the type's entries dated within the period, by agency
 * and in total. The bureau's own entries (no agency) count in the total only. Field codes are inlined in the SQL:
 * the declaration check lets only letters and digits through; option values are bound.
 */
final class LedgerTally extends GroupedTally {

    private final LedgerIndicator indicator;
    private final boolean money;
    private final String sql;
    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final String typeCode;

    LedgerTally(LedgerType type, LedgerIndicator indicator, JdbcClient jdbc, AgencyOptions agencies) {
        super(indicator.code(), indicator.unit(), false);
        this.indicator = indicator;
        this.typeCode = type.code();
        this.money = indicator.numerator().sum() != null && type.field(indicator.numerator().sum())
                .map(f -> f.type() == FieldType.MONEY).orElse(false);
        this.sql = """
                select case when grouping(e.agency_id) = 1 then null else coalesce(e.agency_id, -1) end, %s, %s
                  from governance.ledger_entry e
                 where e.region_code = :county and e.type_code = :type and e.entry_date between :from and :to
                 group by grouping sets ((e.agency_id), ())"""
                .formatted(figure(indicator.numerator(), "n"),
                        indicator.denominator() == null ? "0" : figure(indicator.denominator(), "d"));
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    LedgerIndicator indicator() {
        return indicator;
    }

    @Override
    protected JdbcClient.StatementSpec query(RegionCode region, Period period) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("county", region.county().value())
                .param("type", typeCode).param("from", period.from()).param("to", period.to());
        if (indicator.numerator().filtered()) {
            spec = spec.param("nValues", indicator.numerator().values());
        }
        if (indicator.denominator() != null && indicator.denominator().filtered()) {
            spec = spec.param("dValues", indicator.denominator().values());
        }
        return spec;
    }

    @Override
    protected List<Agency> agencies(RegionCode region) {
        return agencies.within(DataScope.ofRegion(region.county())).stream()
                .map(a -> new Agency(a.id(), a.name())).toList();
    }

    @Override
    protected Figure figure(long numerator, long denominator) {
        if (indicator.isRate()) {
            return Figure.rate(numerator, denominator);
        }
        return money ? Figure.amount(BigDecimal.valueOf(numerator, 2)) : Figure.count(numerator);
    }

    /** {@code count(*)}, {@code sum(field)} or {@code count(distinct field)} over the entries that hold the declared
     * values or a filled field. */
    private static String figure(LedgerMeasure measure, String prefix) {
        String where = measure.filtered()
                ? " filter (where e.field_values ->> '" + measure.field() + "' in (:" + prefix + "Values)"
                + (measure.filled() == null ? "" : " and " + filled(measure)) + ")"
                : measure.filled() != null ? " filter (where " + filled(measure) + ")" : "";
        if (measure.sum() != null) {
            return "coalesce(sum((e.field_values ->> '" + measure.sum() + "')::numeric)" + where + ", 0)::bigint";
        }
        if (measure.distinct() != null) {
            return "count(distinct e.field_values ->> '" + measure.distinct() + "')" + where;
        }
        return "count(*)" + where;
    }

    /** Not the jsonb {@code ?} operator: JDBC would take it for a parameter. */
    private static String filled(LedgerMeasure measure) {
        return "e.field_values ->> '" + measure.filled() + "' is not null";
    }
}
