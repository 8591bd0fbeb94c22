package org.fazhi.supervision.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.SupervisorAccounts;
import org.fazhi.registry.SupervisionCertificates;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Monitoring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A generated county's alerts, as the monitoring engine would have left them after running over its history:
 * the engine's full pass as of the last day of each half-year since the first generated year (each applying the
 * causes that held by then, clearing those gone), then today's full pass, so that the live alerts are exactly the
 * causes the rules find today. The supervisors' handling comes after, by {@link AlertHistory}. A county with
 * alerts from before today is left as it is (the nightly pass keeps it current); alerts raised
 * today, on the generators' events, make way for the history.
 */
@Component
public class CountyAlerts {

    /** Counts of what the passes and the supervisors left. */
    public record Written(int passes, long open, long acknowledged, long resolved, long dismissed, long cleared) {
    }

    private static final String SECTION = "司法局执法监督科";

    private final Monitoring monitoring;
    private final AlertHistory history;
    private final SupervisorAccounts accounts;
    private final SupervisionCertificates certificates;
    private final JdbcClient jdbc;
    private final Clock clock;

    CountyAlerts(Monitoring monitoring, AlertHistory history, SupervisorAccounts accounts,
                 SupervisionCertificates certificates, JdbcClient jdbc, Clock clock) {
        this.monitoring = monitoring;
        this.history = history;
        this.accounts = accounts;
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the county's alerts go back before today: it has a history (generated, or monitored for real). */
    public boolean hasHistory(RegionCode county) {
        return jdbc.sql("select exists (select 1 from supervision.alert where region_code = ? and raised_on < ?)")
                .params(county.county().value(), LocalDate.now(clock)).query(Boolean.class).single();
    }

    public Written generate(RegionCode county, int years, long seed) {
        if (hasHistory(county)) {
            return new Written(0, 0, 0, 0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        discardRaisedToday(county.county());
        List<LocalDate> days = passDays(today, years);
        for (LocalDate day : days) {
            if (day.equals(today)) {
                monitoring.fullPass(county.county(), today);
            } else {
                monitoring.fullPassAsOf(county.county(), day);
            }
        }
        history.handle(county.county(), days, handlers(county.county(), today), new Random(seed ^ 0xA1E7_7500L));
        return counted(county.county(), days.size());
    }

    /**
     * The alerts the engine raised today on the events of the generators writing the county's records: they would
     * stand in the history as raised today about causes its earlier passes find, so they go, and the passes raise
     * again those whose cause holds.
     */
    private void discardRaisedToday(RegionCode county) {
        jdbc.sql("""
                delete from supervision.alert_event e using supervision.alert a
                 where e.alert_id = a.id and a.region_code = ?""").param(county.value()).update();
        jdbc.sql("delete from supervision.alert where region_code = ?").param(county.value()).update();
    }

    /** The last day of each half-year from the first generated year on, then today. */
    static List<LocalDate> passDays(LocalDate today, int years) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate end = LocalDate.of(today.getYear() - years + 1, 6, 30); end.isBefore(today);
             end = end.plusMonths(6).withDayOfMonth(end.plusMonths(6).lengthOfMonth())) {
            days.add(end);
        }
        days.add(today);
        return days;
    }

    /**
     * The county's supervisors' accounts; for a generated county without accounts, the holders of a supervision
     * certificate; without those either (the generated registry issues enforcement certificates only), the
     * bureau's supervision section as one handler.
     */
    private List<AlertHistory.Handler> handlers(RegionCode county, LocalDate today) {
        List<AlertHistory.Handler> handlers = new ArrayList<>(accounts.of(county).stream()
                .map(s -> new AlertHistory.Handler(s.accountId(), s.username(), s.displayName())).toList());
        if (handlers.isEmpty()) {
            certificates.holdersIn(county, today).stream().limit(5).forEach(h -> handlers.add(
                    new AlertHistory.Handler(null, h.certificateNumber(), h.name())));
        }
        if (handlers.isEmpty()) {
            handlers.add(new AlertHistory.Handler(null, "supervision-" + county.value(), SECTION));
        }
        return handlers;
    }

    private Written counted(RegionCode county, int passes) {
        long[] by = new long[5];
        jdbc.sql("select state, count(*) from supervision.alert where region_code = ? group by state")
                .param(county.value()).query((rs, n) -> {
                    by[AlertState.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
                    return null;
                }).list();
        return new Written(passes, by[AlertState.OPEN.ordinal()], by[AlertState.ACKNOWLEDGED.ordinal()],
                by[AlertState.RESOLVED.ordinal()], by[AlertState.DISMISSED.ordinal()],
                by[AlertState.CLEARED.ordinal()]);
    }
}
