package org.fazhi.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fazhi.platform.GroupedTally.Agency;
import org.fazhi.shared.RegionCode;

/**
 * What many indicators measured together for a region and a period share, read once: the agencies of a region and
 * the rows of each grouped query (by its SQL and parameters), so indicators that are different columns of one query
 * cost one round trip. Create one for a page, a report or a county's year of measurements and drop it afterwards:
 * it never sees later changes and is not for use by several threads.
 */
public final class MeasurementPass {

    /** A grouped query's rows: the figure columns (after the agency column) of the total and of each agency. */
    public record Rows(long[] total, Map<Long, long[]> byAgency) {
    }

    /** How much the pass saved: agency lists and grouped queries read, and grouped queries answered from the pass. */
    public record Stats(int agencyReads, int queriesRun, int queriesShared) {
    }

    private record QueryKey(String sql, Map<String, ?> params) {
    }

    private final Map<RegionCode, List<Agency>> agencies = new HashMap<>();
    private final Map<QueryKey, Rows> rows = new HashMap<>();
    private int queriesShared;

    /** The agencies within {@code region}, read by {@code read} the first time the pass is asked for them. */
    public List<Agency> agencies(RegionCode region, Function<RegionCode, List<Agency>> read) {
        return agencies.computeIfAbsent(region, read);
    }

    /** The rows of the query {@code sql} with {@code params}, run by {@code run} the first time only. */
    public Rows rows(String sql, Map<String, ?> params, Supplier<Rows> run) {
        QueryKey key = new QueryKey(sql, new HashMap<>(params));
        Rows known = rows.get(key);
        if (known != null) {
            queriesShared++;
            return known;
        }
        Rows read = run.get();
        rows.put(key, read);
        return read;
    }

    public Stats stats() {
        return new Stats(agencies.size(), rows.size(), queriesShared);
    }
}
