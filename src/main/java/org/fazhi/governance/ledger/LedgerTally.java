package org.fazhi.governance.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * A declared ledger indicator measured over the type's entries dated within the period, by agency and in total. The
 * bureau's own entries (no agency) count in the total only. One query computes the figures of all the type's
 * indicators, so the type's tallies measured in one pass read its entries once. Field codes are inlined in the
 * SQL: the declaration check lets only letters and digits through; option values are bound.
 */
final class LedgerTally extends GroupedTally {

    /** The type's query: one figure column per distinct measure of its indicators, and where each indicator's are. */
    private record TypeQuery(String sql, Map<String, List<String>> values, Map<String, Columns> columns) {

        static TypeQuery of(LedgerType type) {
            Map<String, Integer> figures = new LinkedHashMap<>();
            Map<String, List<String>> values = new HashMap<>();
            Map<String, Columns> columns = new HashMap<>();
            List<LedgerIndicator> indicators = type.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                LedgerIndicator indicator = indicators.get(i);
                int numerator = column(figures, values, indicator.numerator(), "n" + i);
                int denominator = indicator.denominator() == null ? -1
                        : column(figures, values, indicator.denominator(), "d" + i);
                columns.put(indicator.code(), new Columns(numerator, denominator, false));
            }
            String sql = """
                    select case when grouping(e.agency_id) = 1 then null else coalesce(e.agency_id, -1) end, %s
                      from governance.ledger_entry e
                     where e.region_code = :county and e.type_code = :type and e.entry_date between :from and :to
                     group by grouping sets ((e.agency_id), ())""".formatted(String.join(", ", figures.keySet()));
            return new TypeQuery(sql, values, columns);
        }

        /** The column of {@code measure}'s figure, added unless the same figure is already there. */
        private static int column(Map<String, Integer> figures, Map<String, List<String>> values,
                                  LedgerMeasure measure, String prefix) {
            if (measure.filtered()) {
                values.put(prefix + "Values", measure.values());
            }
            return figures.computeIfAbsent(figure(measure, prefix), added -> figures.size());
        }
    }

    private final LedgerIndicator indicator;
    private final boolean money;
    private final String typeCode;
    private final TypeQuery query;
    private final AgencyOptions agencies;

    LedgerTally(LedgerType type, LedgerIndicator indicator, JdbcClient jdbc, AgencyOptions agencies) {
        this(type, indicator, TypeQuery.of(type), jdbc, agencies);
    }

    private LedgerTally(LedgerType type, LedgerIndicator indicator, TypeQuery query, JdbcClient jdbc,
                        AgencyOptions agencies) {
        super(indicator.code(), indicator.unit(), false, query.columns().get(indicator.code()), jdbc);
        this.indicator = indicator;
        this.typeCode = type.code();
        this.money = indicator.numerator().sum() != null && type.field(indicator.numerator().sum())
                .map(f -> f.type() == FieldType.MONEY).orElse(false);
        this.query = query;
        this.agencies = agencies;
    }

    LedgerIndicator indicator() {
        return indicator;
    }

    @Override
    protected Query query(RegionCode region, Period period) {
        Map<String, Object> params = new HashMap<>(query.values());
        params.put("county", region.county().value());
        params.put("type", typeCode);
        params.put("from", period.from());
        params.put("to", period.to());
        return new Query(query.sql(), params);
    }

    @Override
    protected List<Agency> agencies(RegionCode region) {
        return agencies.within(DataScope.ofRegion(region)).stream().map(a -> new Agency(a.id(), a.name())).toList();
    }

    /** The county's agencies, whatever region within it is measured: the ledger is the county's. */
    @Override
    protected RegionCode listedRegion(RegionCode region) {
        return region.county();
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
