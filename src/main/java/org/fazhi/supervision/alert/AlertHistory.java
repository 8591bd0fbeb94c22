package org.fazhi.supervision.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervisors' handling of a generated county's alerts, after the engine's passes over its history. A live
 * alert (its cause still there today) stays live: raised more than two weeks ago, about 70% were acknowledged
 * (签收) by a supervisor of the county within a week. An alert the engine cleared (its cause gone) was in about
 * 45% of cases resolved (办结) and in 15% dismissed (排除) with a reason by a supervisor, on a day after the last pass
 * that still found its cause and no later than the pass that found it gone, so that no pass of the history would
 * have seen it differently; never when the same cause (rule, record, since-day) was raised again later, which a
 * supervisor's judgment would have prevented. The alerts keep the days the passes gave them, in the county's time
 * zone; each alert's history (全过程记录) is rewritten in order: raised, acknowledged, ended. Set-based: a few
 * statements per county, in the caller's transaction if any.
 */
@Component
class AlertHistory {

    /** Who handles the county's alerts: a supervisor's account, or a certificate holder without one. */
    record Handler(@Nullable Long accountId, String username, String displayName) {
    }

    private static final List<String> RESOLVED = List.of("已督促执法主体整改，经核实已按期完成", "已约谈执法主体负责人，问题已整改到位",
            "已发函提醒并复核，执法主体已补正");
    private static final List<String> DISMISSED = List.of("经核实系信息录入延迟，不属于违法违规情形", "经核实已依法办理延期，不构成超期",
            "经核实属正常执法行为，予以排除");

    private record Stored(long id, LocalDate raisedOn, AlertState state, @Nullable LocalDate endedOn,
                          boolean judgedAgain) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code handlers} not empty; {@code passDays} in order, today last. */
    void handle(RegionCode county, List<LocalDate> passDays, List<Handler> handlers, Random random) {
        LocalDate today = passDays.get(passDays.size() - 1);
        Changes changes = new Changes();
        for (Stored alert : alerts(county)) {
            Handler handler = handlers.get(random.nextInt(handlers.size()));
            int draw = random.nextInt(100);
            LocalDate acknowledged = alert.raisedOn().plusDays(1 + random.nextInt(7));
            if (alert.state().isLive()) {
                if (alert.raisedOn().isBefore(today.minusDays(14)) && draw < 70) {
                    changes.add(alert.id(), handler, acknowledged.isAfter(today) ? today : acknowledged, null, null,
                            null);
                }
                continue;
            }
            LocalDate cleared = Objects.requireNonNull(alert.endedOn());
            LocalDate earliest = latest(lastPassBefore(passDays, cleared), alert.raisedOn()).plusDays(1);
            if (draw < 60 && !alert.judgedAgain() && !earliest.isAfter(cleared)) {
                int window = (int) (cleared.toEpochDay() - earliest.toEpochDay()) + 1;
                LocalDate ended = earliest.plusDays(random.nextInt(window));
                boolean resolved = draw < 45;
                List<String> reasons = resolved ? RESOLVED : DISMISSED;
                changes.add(alert.id(), handler, acknowledged.isAfter(ended) ? ended : acknowledged,
                        resolved ? AlertState.RESOLVED : AlertState.DISMISSED, ended,
                        reasons.get(random.nextInt(reasons.size())));
            } else if (draw >= 60 && draw < 85 && acknowledged.isBefore(cleared)) {
                changes.add(alert.id(), handler, acknowledged, null, null, null);
            }
        }
        write(county, changes);
    }

    /** The county's alerts in an order that does not depend on their ids (a re-generated county draws the same). */
    private List<Stored> alerts(RegionCode county) {
        return jdbc.sql("""
                select a.id, a.raised_on, a.state, a.ended_on,
                       count(*) over (partition by a.rule_code, a.subject_type, a.subject_id, a.since) > 1
                           as judged_again
                  from supervision.alert a where a.region_code = ?
                 order by a.rule_code, a.subject_type, a.subject_id, a.raised_on, a.since""")
                .param(county.value())
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        AlertState.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .list();
    }

    private static LocalDate lastPassBefore(List<LocalDate> passDays, LocalDate day) {
        LocalDate last = LocalDate.MIN;
        for (LocalDate pass : passDays) {
            if (pass.isBefore(day)) {
                last = pass;
            }
        }
        return last;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The handling decided, as arrays for one statement. */
    private static final class Changes {
        final List<Long> ids = new ArrayList<>();
        final List<@Nullable Long> accounts = new ArrayList<>();
        final List<String> usernames = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> acknowledged = new ArrayList<>();
        final List<@Nullable String> states = new ArrayList<>();
        final List<@Nullable String> ended = new ArrayList<>();
        final List<@Nullable String> reasons = new ArrayList<>();

        void add(long id, Handler handler, LocalDate acknowledgedOn, @Nullable AlertState state,
                 @Nullable LocalDate endedOn, @Nullable String reason) {
            ids.add(id);
            accounts.add(handler.accountId());
            usernames.add(handler.username());
            names.add(handler.displayName());
            acknowledged.add(acknowledgedOn.toString());
            states.add(state == null ? null : state.name());
            ended.add(endedOn == null ? null : endedOn.toString());
            reasons.add(reason);
        }
    }

    private void write(RegionCode county, Changes c) {
        String zone = clock.getZone().getId();
        jdbc.sql("""
                update supervision.alert a
                   set raised_at = (a.raised_on + time '09:00') at time zone :zone,
                       ended_at = case when a.ended_on is null then null
                                       else (a.ended_on + time '01:30') at time zone :zone end
                 where a.region_code = :county""").param("zone", zone).param("county", county.value()).update();
        jdbc.sql("""
                update supervision.alert a
                   set acknowledged_at = (h.acknowledged_on + time '10:00') at time zone :zone,
                       acknowledged_by = h.username, owner_account_id = h.account_id, owner_name = h.display_name,
                       state = coalesce(h.state, case when a.state = 'OPEN' then 'ACKNOWLEDGED' else a.state end),
                       ended_on = coalesce(h.ended_on, a.ended_on),
                       ended_at = coalesce((h.ended_on + time '16:00') at time zone :zone, a.ended_at),
                       ended_by = case when h.state is null then a.ended_by else h.username end,
                       end_reason = coalesce(h.reason, a.end_reason),
                       version = a.version + case when h.state is null then 1 else 2 end
                  from unnest(:ids::bigint[], :accounts::bigint[], :usernames::text[], :names::text[],
                              :acknowledged::date[], :states::text[], :ended::date[], :reasons::text[])
                       as h(id, account_id, username, display_name, acknowledged_on, state, ended_on, reason)
                 where a.id = h.id""")
                .param("zone", zone).param("ids", c.ids.toArray(Long[]::new))
                .param("accounts", c.accounts.toArray(Long[]::new))
                .param("usernames", c.usernames.toArray(String[]::new))
                .param("names", c.names.toArray(String[]::new))
                .param("acknowledged", c.acknowledged.toArray(String[]::new))
                .param("states", c.states.toArray(String[]::new)).param("ended", c.ended.toArray(String[]::new))
                .param("reasons", c.reasons.toArray(String[]::new)).update();
        rewriteEvents(county);
    }

    /** Each alert's history from its row: raised, then acknowledged, then ended, in that order of ids. */
    private void rewriteEvents(RegionCode county) {
        String region = county.value();
        jdbc.sql("""
                delete from supervision.alert_event e using supervision.alert a
                 where e.alert_id = a.id and a.region_code = ?""").param(region).update();
        jdbc.sql("""
                insert into supervision.alert_event (alert_id, at, username, display_name, act, detail)
                select id, raised_at, :system, :system, 'RAISED', summary
                  from supervision.alert where region_code = :county order by id""")
                .param("system", AlertBook.SYSTEM).param("county", region).update();
        jdbc.sql("""
                insert into supervision.alert_event (alert_id, at, username, display_name, act, detail)
                select id, acknowledged_at, acknowledged_by, owner_name, 'ACKNOWLEDGED', null
                  from supervision.alert where region_code = ? and acknowledged_at is not null order by id""")
                .param(region).update();
        jdbc.sql("""
                insert into supervision.alert_event (alert_id, at, username, display_name, act, detail)
                select id, ended_at, ended_by, case when state = 'CLEARED' then ended_by else owner_name end, state,
                       end_reason
                  from supervision.alert where region_code = ? and ended_at is not null order by id""")
                .param(region).update();
    }
}
