package org.fazhi.governance.tally;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.GroupedTally;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A governance indicator from one query over {@code from} (a table aliased {@code t} with {@code region_code} and
 * {@code agency_id}), by agency and in total: a numerator and a denominator over the county's rows matching
 * {@code where}, with {@code :from} and {@code :to} the period. A count is its numerator; a rate their ratio.
 */
public final class AgencyTally extends GroupedTally {

    private final boolean rate;
    private final String sql;
    private final AgencyOptions agencies;

    /**
     * The rows of {@code from} matching {@code where}, counted in one query for several indicators (a measurement
     * pass runs it once): all of them, and those matching each of {@code conditions}.
     */
    public record Counts(String from, String where, List<String> conditions) {

        public Counts {
            conditions = List.copyOf(conditions);
        }

        /** All the rows. */
        public AgencyTally all(String code, JdbcClient jdbc, AgencyOptions agencies) {
            return new AgencyTally(code, Unit.COUNT, false, from, figures(), Columns.shared(0, -1), where, jdbc,
                    agencies);
        }

        /** The rows matching {@code condition}, one of the conditions. */
        public AgencyTally matching(String code, String condition, JdbcClient jdbc, AgencyOptions agencies) {
            return new AgencyTally(code, Unit.COUNT, false, from, figures(), Columns.shared(column(condition), -1),
                    where, jdbc, agencies);
        }

        /** Of all the rows, the share matching {@code condition}, one of the conditions. */
        public AgencyTally rate(String code, String condition, JdbcClient jdbc, AgencyOptions agencies) {
            return new AgencyTally(code, Unit.PERCENT, true, from, figures(), Columns.shared(column(condition), 0),
                    where, jdbc, agencies);
        }

        private String figures() {
            return Stream.concat(Stream.of("count(*)"), conditions.stream().map(c -> "count(*) filter (where " + c + ")"))
                    .collect(Collectors.joining(", "));
        }

        private int column(String condition) {
            int index = conditions.indexOf(condition);
            if (index < 0) {
                throw new IllegalArgumentException("not one of the conditions counted: " + condition);
            }
            return 1 + index;
        }
    }

    private AgencyTally(String code, Unit unit, boolean rate, String from, String figures, String where,
                        JdbcClient jdbc, AgencyOptions agencies) {
        this(code, unit, rate, from, figures, Columns.OWN, where, jdbc, agencies);
    }

    private AgencyTally(String code, Unit unit, boolean rate, String from, String figures, Columns columns,
                        String where, JdbcClient jdbc, AgencyOptions agencies) {
        super(code, unit, false, columns, jdbc);
        this.rate = rate;
        this.sql = """
                select case when grouping(t.agency_id) = 1 then null else t.agency_id end, %s
                  from %s t
                 where t.region_code = :county and %s
                 group by grouping sets ((t.agency_id), ())""".formatted(figures, from, where);
        this.agencies = agencies;
    }

    /** The rows of {@code from} matching {@code where}. */
    public static AgencyTally count(String code, String from, String where, JdbcClient jdbc, AgencyOptions agencies) {
        return new AgencyTally(code, Unit.COUNT, false, from, "count(*), 0", where, jdbc, agencies);
    }

    /** Of the rows matching {@code where}, the share that also match {@code among}. */
    public static AgencyTally rate(String code, String from, String among, String where, JdbcClient jdbc,
                                   AgencyOptions agencies) {
        return new AgencyTally(code, Unit.PERCENT, true, from,
                "count(*) filter (where " + among + "), count(*)", where, jdbc, agencies);
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
        return rate ? Figure.rate(numerator, denominator) : Figure.count(numerator);
    }
}
