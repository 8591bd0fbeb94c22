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
 * row an agency's id (null on the county's total row), a numerator and a denominator. A module's tally binds its
 * query, names the county's agencies and says how a numerator and a denominator make its figure.
 */
public abstract class GroupedTally implements Indicator {

    /** An agency of the county, as the tally lists it. */
    public record Agency(long id, String name) {
    }

    private final String code;
    private final Unit unit;
    private final boolean everyAgency;

    /** {@code everyAgency}: list the county's agencies without rows too (with a zero figure), not only those with. */
    protected GroupedTally(String code, Unit unit, boolean everyAgency) {
        this.code = code;
        this.unit = unit;
        this.everyAgency = everyAgency;
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
        Map<Long, long[]> rows = new HashMap<>();
        long[] total = new long[2];
        query(region, period).query((RowCallbackHandler) rs -> {
            long[] row = {rs.getLong(2), rs.getLong(3)};
            Object agency = rs.getObject(1);
            if (agency == null) {
                System.arraycopy(row, 0, total, 0, 2);
            } else {
                rows.putIfAbsent(((Number) agency).longValue(), row);
            }
        });
        // Nothing counted and no zero rows wanted: the county's agencies need not be read at all.
        List<AgencyFigure> byAgency = !everyAgency && rows.isEmpty() ? List.of() : agencies(region).stream()
                .filter(agency -> everyAgency || rows.containsKey(agency.id()))
                .map(agency -> {
                    long[] row = rows.getOrDefault(agency.id(), new long[2]);
                    return new AgencyFigure(agency.id(), agency.name(), figure(row[0], row[1]));
                })
                .toList();
        return new Measurement(figure(total[0], total[1]), byAgency);
    }

    /** The tally's query with its parameters bound for the county and the period. */
    protected abstract JdbcClient.StatementSpec query(RegionCode region, Period period);

    /** The county's agencies, in the order the figure lists them. */
    protected abstract List<Agency> agencies(RegionCode region);

    protected abstract Figure figure(long numerator, long denominator);
}
