package org.fazhi.supervision.monitoring;

import java.util.Set;

import org.fazhi.shared.BulkLoad;
import org.fazhi.shared.DataChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands each event of the watched modules to the monitoring once the transaction that published it has committed
 * (an event from a rolled-back change never raises an alert), in a transaction of its own. The application keeps no
 * event publication registry: an event lost to a crash between the commit and this is caught by the nightly full
 * pass, which every rule's {@code scan} makes complete on its own. A bulk load ({@link BulkLoad}) is left to the
 * full passes that end it.
 */
@Component
class MonitoringOfEvents {

    private static final Set<String> WATCHED = Set.of("org.fazhi.casework", "org.fazhi.inspection",
            "org.fazhi.disclosure", "org.fazhi.registry");
    private static final Set<String> WATCHED_RECORDS = Set.of("casework", "inspection", "disclosure", "registry");

    private final Monitoring monitoring;

    MonitoringOfEvents(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Object event) {
        if (watched(event) && !BulkLoad.active()) {
            monitoring.process(event, monitoring.today());
        }
    }

    /** The modules' own events (their root packages) and their records' changes. */
    static boolean watched(Object event) {
        if (event instanceof DataChanged changed) {
            String type = changed.recordType();
            return WATCHED_RECORDS.contains(type.substring(0, Math.max(0, type.indexOf('.'))));
        }
        return WATCHED.contains(event.getClass().getPackageName());
    }
}
