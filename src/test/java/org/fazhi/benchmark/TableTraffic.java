package org.fazhi.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database did, from its own statistics over the tables of the application's database: index and
 * sequential scans (about one per statement that reads a table), rows inserted, updated and deleted, and committed
 * transactions (read-only statements outside a transaction count as one each). Taken before and after a run, the
 * difference divided by the transitions says what one costs. PostgreSQL publishes a session's figures within a
 * second of its transaction, so {@link #now} waits a little longer than that.
 */
record TableTraffic(Map<String, Long> scansByTable, Map<String, Long> seqScansByTable, long inserted, long updated,
                    long deleted, long commits) {

    static TableTraffic now(JdbcClient jdbc) throws InterruptedException {
        Thread.sleep(1_500);
        Map<String, Long> scans = new LinkedHashMap<>();
        Map<String, Long> seqScans = new LinkedHashMap<>();
        jdbc.sql("select schemaname || '.' || relname, seq_scan, coalesce(idx_scan, 0) from pg_stat_user_tables")
                .query((rs, row) -> {
                    seqScans.put(rs.getString(1), rs.getLong(2));
                    return scans.put(rs.getString(1), rs.getLong(2) + rs.getLong(3));
                }).list();
        return jdbc.sql("""
                select (select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables),
                       (select coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables),
                       (select coalesce(sum(n_tup_del), 0) from pg_stat_user_tables),
                       (select xact_commit from pg_stat_database where datname = current_database())""")
                .query((rs, row) -> new TableTraffic(scans, seqScans, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4))).single();
    }

    /** The totals per transition, then the tables read most often per transition. */
    String perTransitionSince(TableTraffic before, long transitions) {
        double n = transitions;
        Map<String, Long> scans = since(scansByTable, before.scansByTable);
        return String.format("per transition: %.1f table scans (≈ reading statements), %.1f rows inserted, %.1f updated,"
                        + " %.1f deleted, %.2f commits; scans by table: %s; sequential scans by table: %s",
                scans.values().stream().mapToLong(Long::longValue).sum() / n, (inserted - before.inserted) / n,
                (updated - before.updated) / n, (deleted - before.deleted) / n, (commits - before.commits) / n,
                busiest(scans, n), busiest(since(seqScansByTable, before.seqScansByTable), n));
    }

    private static Map<String, Long> since(Map<String, Long> now, Map<String, Long> before) {
        return now.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)));
    }

    private static String busiest(Map<String, Long> scans, double transitions) {
        return scans.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / transitions))
                .collect(Collectors.joining(", "));
    }
}
