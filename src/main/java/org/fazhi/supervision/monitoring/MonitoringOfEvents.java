package org.fazhi.supervision.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.BulkLoad;
import org.fazhi.shared.DataChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the events of the watched modules to the monitoring once the transaction that published them has committed
 * (an event from a rolled-back change never raises an alert), all the events of one transaction together as one
 * batch, in a transaction of its own: a bulk change's thousand events cost a few set-based reads per rule, not a
 * thousand rounds of every rule. An event published outside a transaction is processed at once. The application
 * keeps no event publication registry: an event lost to a crash between the commit and this is caught by the
 * nightly full pass, which every rule's {@code scan} makes complete on its own. A bulk load ({@link BulkLoad}) is
 * left to the full passes that end it.
 */
@Component
class MonitoringOfEvents {

    private static final Set<String> WATCHED = Set.of("org.fazhi.casework", "org.fazhi.inspection",
            "org.fazhi.disclosure", "org.fazhi.registry", "org.fazhi.disputes", "org.fazhi.supervision.transfer");
    private static final Set<String> WATCHED_RECORDS = Set.of("casework", "inspection", "disclosure", "registry");
    /** Supervision's own records that rules watch: transfers (TRANSFER_PENDING), findings of fault (RECONSIDERATION_CORRECTED). */
    private static final Set<String> WATCHED_OWN_RECORDS = Set.of("supervision.transfer", "supervision.accountability");

    private final Monitoring monitoring;

    MonitoringOfEvents(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @EventListener
    void on(Object event) {
        if (!watched(event) || BulkLoad.active()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            monitoring.process(event, monitoring.today());
            return;
        }
        batchOfThisTransaction().add(event);
    }

    /** The current transaction's batch, registered with it on its first watched event. */
    private Batch batchOfThisTransaction() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Batch batch && batch.of == this) {
                return batch;
            }
        }
        Batch batch = new Batch(this);
        TransactionSynchronizationManager.registerSynchronization(batch);
        return batch;
    }

    /** The modules' own events (their root packages), their records' changes, and the rules' supervision records. */
    static boolean watched(Object event) {
        if (event instanceof DataChanged changed) {
            String type = changed.recordType();
            return WATCHED_RECORDS.contains(type.substring(0, Math.max(0, type.indexOf('.'))))
                    || WATCHED_OWN_RECORDS.contains(type);
        }
        return WATCHED.contains(event.getClass().getPackageName());
    }

    /**
     * The watched events of one transaction, in the order published. Processed on completion rather than in
     * {@code afterCommit}, as Spring's transactional listeners are: an event published by another synchronization's
     * {@code afterCommit} still joins the batch. A suspended transaction's synchronizations are set aside with it,
     * so an inner {@code REQUIRES_NEW} transaction collects its own batch.
     */
    private static final class Batch implements TransactionSynchronization {

        private final MonitoringOfEvents of;
        private final List<Object> events = new ArrayList<>();

        Batch(MonitoringOfEvents of) {
            this.of = of;
        }

        void add(Object event) {
            events.add(event);
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                of.monitoring.process(List.copyOf(events), of.monitoring.today());
            }
        }
    }
}
