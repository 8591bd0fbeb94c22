package org.fazhi.supervision.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fazhi.platform.LiveUpdates;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the screens of the alert's county (and of its agency, for the agency's own users) of each alert raised and
 * each change of state, once the transaction that made it has committed. A full pass that raises or clears more
 * than {@value #ONE_BY_ONE} alerts at once sends one {@code many} notice instead, and the inbox reloads its list.
 */
@Component
class AlertsLive {

    static final String TOPIC = "supervision.alerts";
    static final int ONE_BY_ONE = 100;

    /** What a screen receives: the event's kind, the alert, the line to show (in Chinese) and the day it is sent. */
    record Pushed(String kind, long id, String ruleCode, String ruleTitle, String reference, String county,
                  @Nullable Long agencyId, String agencyName, String summary, String state, String stateLabel,
                  String link, String on) {
    }

    private final LiveUpdates live;
    private final MessageSource messages;
    private final AgencyDirectory agencies;
    private final Clock clock;

    AlertsLive(LiveUpdates live, MessageSource messages, AgencyDirectory agencies, Clock clock) {
        this.live = live;
        this.messages = messages;
        this.agencies = agencies;
        this.clock = clock;
    }

    void raised(List<AlertNotice> raised) {
        pushAll("raised", raised);
    }

    void cleared(List<AlertNotice> cleared) {
        pushAll("changed", cleared);
    }

    void changed(AlertNotice alert) {
        push("changed", alert);
    }

    private void pushAll(String kind, List<AlertNotice> alerts) {
        if (alerts.size() <= ONE_BY_ONE) {
            alerts.forEach(alert -> push(kind, alert));
            return;
        }
        alerts.stream().map(AlertNotice::county).distinct().forEach(county -> live.publish(TOPIC, "many", county,
                null, new Pushed("many", 0, "", "", "", county.value(), null, "", "", "", "",
                "/supervision/alerts", today())));
    }

    private void push(String kind, AlertNotice alert) {
        live.publish(TOPIC, kind, alert.county(), alert.agencyId(), new Pushed(kind, alert.id(), alert.ruleCode(),
                text("supervision.rule." + alert.ruleCode()), alert.subject().reference(), alert.county().value(),
                alert.agencyId(), agencyName(alert.agencyId()), alert.summary(), alert.state().name(),
                text("supervision.alert.state." + alert.state().name()), "/supervision/alerts/" + alert.id(),
                today()));
    }

    /** The county's day (the application's clock is Beijing time), which the inbox shows as the raised date. */
    private String today() {
        return LocalDate.now(clock).toString();
    }

    private String agencyName(@Nullable Long agencyId) {
        return agencyId == null ? "" : agencies.nameOf(agencyId).orElse("");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
