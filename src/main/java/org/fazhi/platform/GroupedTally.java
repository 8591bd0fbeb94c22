package org.fazhi.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An indicator from one query over a module's own tables, grouped by {@code grouping sets ((agency_id), ())}: each
 * row an agency's id (null on the county's total row) and figure columns, of which the tally takes a numerator and
 * a denominator. A module's tally binds its query, names the county's agencies and says how a numerator and a
 * denominator make its figure. Tallies whose queries are the same (SQL and parameters) share one round trip within
 * a {@link MeasurementPass}, each taking its own columns.
 */
public abstract class GroupedTally implements Indicator {

    /** An agency of the county, as the tally lists it. */
    public record Agency(long id, String name) {
    }

    /** The tally's query with its parameters bound for a county and a period. */
    public record Query(String sql, Map<String, ?> params) {
    }

    /**
     * Which figure columns (0 = the first after the agency) are the numerator and the denominator ({@code -1}: none,
     * always 0). {@code sparse}: the columns are filters of a wider query, so an agency whose two are zero had no row
     * of this tally's own and is left out, as the tally's own query would have left it out.
     */
    public record Columns(int numerator, int denominator, boolean sparse) {

        /** The query's first two figure columns, which are the tally's own. */
        public static final Columns OWN = new Columns(0, 1, false);

        /** Two columns of a query several tallies share. */
        public static Columns shared(int numerator, int denominator) {
            return new Columns(numerator, denominator, true);
        }
    }

    private final String code;
    private final Unit unit;
    private final boolean everyAgency;
    private final Columns columns;
    private final JdbcClient jdbc;

    /** {@code everyAgency}: list the county's agencies without rows too (with a zero figure), not only those with. */
    protected GroupedTally(String code, Unit unit, boolean everyAgency, JdbcClient jdbc) {
        this(code, unit, everyAgency, Columns.OWN, jdbc);
    }

    protected GroupedTally(String code, Unit unit, boolean everyAgency, Columns columns, JdbcClient jdbc) {
        this.code = code;
        this.unit = unit;
        this.everyAgency = everyAgency;
        this.columns = columns;
        this.jdbc = jdbc;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Unit unit() {
        return unit;
    }

    @Override
    public final Measurement measure(RegionCode region, Period period) {
        return measure(region, period, new MeasurementPass());
    }

    @Override
    public final Measurement measure(RegionCode region, Period period, MeasurementPass pass) {
        Query query = query(region, period);
        MeasurementPass.Rows rows = pass.rows(query.sql(), query.params(), () -> run(query));
        long[] total = own(rows.total());
        Map<Long, long[]> counted = new HashMap<>();
        rows.byAgency().forEach((agency, row) -> {
            long[] figures = own(row);
            if (!columns.sparse() || figures[0] != 0 || figures[1] != 0) {
                counted.put(agency, figures);
            }
        });
        // Nothing counted and no zero rows wanted: the county's agencies need not be read at all.
        List<AgencyFigure> byAgency = !everyAgency && counted.isEmpty() ? List.of()
                : pass.agencies(listedRegion(region), this::agencies).stream()
                .filter(agency -> everyAgency || counted.containsKey(agency.id()))
                .map(agency -> {
                    long[] row = counted.getOrDefault(agency.id(), new long[2]);
                    return new AgencyFigure(agency.id(), agency.name(), figure(row[0], row[1]));
                })
                .toList();
        return new Measurement(figure(total[0], total[1]), byAgency);
    }

    private MeasurementPass.Rows run(Query query) {
        Map<Long, long[]> byAgency = new HashMap<>();
        long[][] total = {new long[0]};
        jdbc.sql(query.sql()).params(query.params()).query((RowCallbackHandler) rs -> {
            long[] row = new long[rs.getMetaData().getColumnCount() - 1];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getLong(i + 2);
            }
            Object agency = rs.getObject(1);
            if (agency == null) {
                total[0] = row;
            } else {
                byAgency.putIfAbsent(((Number) agency).longValue(), row);
            }
        });
        return new MeasurementPass.Rows(total[0], byAgency);
    }

    /** This tally's numerator and denominator in a row of figure columns (a missing total row counts as zeros). */
    private long[] own(long[] row) {
        return new long[] {column(row, columns.numerator()), column(row, columns.denominator())};
    }

    private static long column(long[] row, int index) {
        return index < 0 || index >= row.length ? 0 : row[index];
    }

    /** The tally's query with its parameters bound for the county and the period. */
    protected abstract Query query(RegionCode region, Period period);

    /**
     * The agencies within {@code region}, in the order the figure lists them. Every tally reads the same list for
     * the same region (the registry's), since a pass reads it once for all of them.
     */
    protected abstract List<Agency> agencies(RegionCode region);

    /** The region whose agencies the figure lists: the measured region itself, unless a tally says otherwise. */
    protected RegionCode listedRegion(RegionCode region) {
        return region;
    }

    protected abstract Figure figure(long numerator, long denominator);
}
