package org.fazhi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.VisitRated;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Monitoring;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events of the watched modules made from the database's own records (the newest ones, as a day's work would touch
 * them), in the mix a working day gives: case records changed, cases filed, decided and closed, visits concluded
 * and rated, tasks and publications changed. Replayed through {@link Monitoring#process} one by one, each in its own
 * transaction (events arriving one commit at a time), and as one batch (the listener's hand-over of one bulk
 * change's commit).
 */
public final class MonitoringEvents {

    private MonitoringEvents() {
    }

    /**
     * Each rule's reads alone over the same events (without applying): one {@code reassess} per event, as the events
     * of one-event transactions are read, and one {@code reassess} of the whole batch. Where the time goes.
     */
    static List<String> byRule(JdbcClient jdbc, Monitoring monitoring, LocalDate today, int wanted) {
        List<Object> events = mix(jdbc, wanted, List.of());
        Map<String, double[]> millis = new TreeMap<>();
        for (MonitoringRule rule : monitoring.rules()) {
            long started = System.nanoTime();
            events.forEach(event -> rule.reassess(event, today));
            long oneByOne = System.nanoTime();
            rule.reassess(events, today);
            millis.put(rule.code(), new double[] {(oneByOne - started) / 1e6, (System.nanoTime() - oneByOne) / 1e6});
        }
        List<String> lines = new ArrayList<>();
        millis.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).forEach(entry ->
                lines.add(String.format("    %-40s reads one by one %8.1f ms, as one batch %7.1f ms", entry.getKey(),
                        entry.getValue()[0], entry.getValue()[1])));
        return lines;
    }

    /**
     * The same events through the engine twice: one transaction per event (events arriving one commit at a time),
     * then all of them as one batch (one bulk change's commit, as the listener hands it over).
     */
    static List<String> replay(JdbcClient jdbc, Monitoring monitoring, LocalDate today, int wanted) {
        List<Object> events = mix(jdbc, wanted, List.of());
        Map<String, Integer> kinds = new TreeMap<>();
        events.forEach(event -> kinds.merge(kind(event), 1, Integer::sum));
        List<Object> warmUp = events.subList(0, Math.min(20, events.size()));
        warmUp.forEach(event -> monitoring.process(event, today));
        monitoring.process(warmUp, today);
        long started = System.nanoTime();
        int changed = 0;
        for (Object event : events) {
            changed += monitoring.process(event, today);
        }
        double millis = (System.nanoTime() - started) / 1e6;
        long batchStarted = System.nanoTime();
        int batchChanged = monitoring.process(events, today);
        double batchMillis = (System.nanoTime() - batchStarted) / 1e6;
        return List.of(
                String.format("%d events through Monitoring.process, one transaction each: %.1f ms (%.2f ms each),"
                        + " %d alerts raised or cleared; mix %s", events.size(), millis,
                        millis / Math.max(1, events.size()), changed, kinds),
                String.format("the same %d events through Monitoring.process as one batch: %.1f ms, %d alerts raised"
                        + " or cleared; the events are about %d counties", events.size(), batchMillis, batchChanged,
                        counties(events)));
    }

    private static String kind(Object event) {
        return event instanceof DataChanged changed ? "DataChanged " + changed.recordType()
                : event.getClass().getSimpleName();
    }

    /**
     * 30% case records changed, 10% filed, 15% decided, 5% closed, 20% visits concluded, 10% rated, 10% other; the
     * newest records of these counties only (of all when none is given).
     */
    public static List<Object> mix(JdbcClient jdbc, int wanted, List<RegionCode> counties) {
        List<Object> events = new ArrayList<>();
        events.addAll(casesChanged(jdbc, wanted * 30 / 100, in("region_code", counties)));
        events.addAll(filed(jdbc, wanted * 10 / 100, in("region_code", counties)));
        events.addAll(decided(jdbc, wanted * 15 / 100, in("c.region_code", counties)));
        events.addAll(closed(jdbc, wanted * 5 / 100, in("region_code", counties)));
        events.addAll(concluded(jdbc, wanted * 20 / 100, in("region_code", counties)));
        events.addAll(rated(jdbc, wanted * 10 / 100, in("e.region_code", counties)));
        events.addAll(otherChanges(jdbc, wanted - events.size(), counties));
        Collections.shuffle(events, new Random(11));
        // A small database has fewer records than events: the same records are touched again.
        List<Object> cycled = new ArrayList<>(events);
        for (int i = 0; cycled.size() < wanted && !events.isEmpty(); i++) {
            cycled.add(events.get(i % events.size()));
        }
        return cycled;
    }

    /** A condition on the records' county: their codes are digits only, written into the query as they are. */
    private static String in(String column, List<RegionCode> counties) {
        return counties.isEmpty() ? "true" : column + " in (" + counties.stream()
                .map(county -> "'" + county.value() + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** The counties a batch's events are about. */
    public static long counties(List<Object> events) {
        return events.stream().map(MonitoringEvents::countyOf).distinct().count();
    }

    private static Object countyOf(Object event) {
        if (event instanceof DataChanged changed) {
            return changed.region().county();
        } else if (event instanceof CaseFiled filed) {
            return filed.county();
        } else if (event instanceof PenaltyDecided decided) {
            return decided.county();
        } else if (event instanceof CaseClosed closed) {
            return closed.county();
        } else if (event instanceof InspectionConcluded concluded) {
            return concluded.county();
        }
        return event instanceof VisitRated rated ? rated.county() : "?";
    }

    private static List<Object> casesChanged(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("select id, region_code from casework.penalty_case where %s order by id desc limit ?"
                        .formatted(scope)).param(n)
                .query((rs, row) -> (Object) DataChanged.updated("casework.case", rs.getLong(1),
                        RegionCode.of(rs.getString(2)), List.of("state"))).list();
    }

    private static List<Object> filed(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("""
                select id, code, region_code, agency_id, party_id, item_ids, filed_on from casework.penalty_case
                 where filed_on is not null and %s order by filed_on desc, id desc limit ?""".formatted(scope)).param(n)
                .query((rs, row) -> (Object) new CaseFiled(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                        Arrays.asList((Long[]) rs.getArray(6).getArray()), rs.getObject(7, LocalDate.class))).list();
    }

    private static List<Object> decided(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("""
                select c.id, c.code, c.region_code, c.agency_id, c.party_id, coalesce(p.fine_fen, 0), c.decided_on
                  from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED' and p.kind = 'PENALTY'
                 where c.decided_on is not null and %s order by c.decided_on desc, c.id desc limit ?"""
                .formatted(scope)).param(n)
                .query((rs, row) -> (Object) new PenaltyDecided(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)), rs.getLong(4), rs.getLong(5), DecisionKind.PENALTY,
                        rs.getLong(6) > 0 ? List.of(PenaltyKind.FINE) : List.of(PenaltyKind.WARNING),
                        Money.ofFen(rs.getLong(6)), false, rs.getObject(7, LocalDate.class))).list();
    }

    private static List<Object> closed(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("""
                select id, code, region_code, agency_id, closed_on from casework.penalty_case
                 where closed_on is not null and %s order by closed_on desc, id desc limit ?""".formatted(scope))
                .param(n)
                .query((rs, row) -> (Object) new CaseClosed(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)), rs.getLong(4), rs.getObject(5, LocalDate.class))).list();
    }

    private static List<Object> concluded(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("""
                select id, code, region_code, party_id, lead_agency_id, item_ids, result, concluded_at::date
                  from inspection.task where status = 'CONCLUDED' and %s
                 order by concluded_at desc, id desc limit ?""".formatted(scope))
                .param(n)
                .query((rs, row) -> (Object) new InspectionConcluded(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                        Arrays.asList((Long[]) rs.getArray(6).getArray()), InspectionResult.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class))).list();
    }

    private static List<Object> rated(JdbcClient jdbc, int n, String scope) {
        return jdbc.sql("""
                select e.task_id, t.code, e.region_code, e.party_id, e.lead_agency_id, e.conduct, e.professionalism,
                       e.burden, e.rated_at::date
                  from inspection.evaluation e join inspection.task t on t.id = e.task_id
                 where %s order by e.rated_at desc, e.task_id desc limit ?""".formatted(scope)).param(n)
                .query((rs, row) -> (Object) new VisitRated(rs.getLong(1), rs.getString(2),
                        RegionCode.of(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getObject(9, LocalDate.class))).list();
    }

    /** Tasks (approvals, check-ins) and publications changed, half each. */
    private static List<Object> otherChanges(JdbcClient jdbc, int n, List<RegionCode> counties) {
        List<Object> events = new ArrayList<>(jdbc.sql("""
                select id, region_code from inspection.task where %s order by id desc limit ?"""
                .formatted(in("region_code", counties))).param(n / 2)
                .query((rs, row) -> (Object) DataChanged.updated("inspection.task", rs.getLong(1),
                        RegionCode.of(rs.getString(2)), List.of("status"))).list());
        events.addAll(jdbc.sql("select id, region_code from disclosure.publication where %s order by id desc limit ?"
                        .formatted(in("region_code", counties)))
                .param(n - events.size())
                .query((rs, row) -> (Object) DataChanged.updated("disclosure.publication", rs.getLong(1),
                        RegionCode.of(rs.getString(2)), List.of("state"))).list());
        return events;
    }
}
