package org.fazhi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each module has published, as a version per area (usually the module's name: "catalog", "inspection"): a
 * module calls {@link #changed} wherever it writes something its public pages show, and the public pages'
 * validators (ETag, Last-Modified) and cached renderings follow the version. The version moves only when the
 * writing transaction commits, so a page rendered under a new version never shows the data before it.
 * <p>
 * Versions live in this JVM: the tag carries the instant of the start, so a restart never answers 304 to a page
 * seen before it. Published content also depends on the date (what is in force today), so the tag carries it too.
 */
@Component
public class PublishedContent {

    private record Area(long version, Instant changedAt) {
    }

    private final Map<String, Area> areas = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Instant started;

    PublishedContent(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Something the area's public pages show was written; takes effect when the current transaction commits. */
    public void changed(String area) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(area);
            return;
        }
        // One synchronization per transaction, however many rows it writes (a spreadsheet import writes thousands).
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingChanges.class::isInstance).map(PendingChanges.class::cast)
                .filter(pending -> pending.owner() == this).findFirst()
                .orElseGet(() -> {
                    PendingChanges pending = new PendingChanges(this, new LinkedHashSet<>());
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                }).areas().add(area);
    }

    /** The version of what the given areas have published, today. */
    public ContentVersion versionOf(Collection<String> of) {
        long sum = 0;
        Instant latest = started;
        for (String name : of) {
            Area area = areas.get(name);
            if (area != null) {
                sum += area.version();
                latest = area.changedAt().isAfter(latest) ? area.changedAt() : latest;
            }
        }
        LocalDate today = LocalDate.now(clock);
        Instant midnight = today.atStartOfDay(clock.getZone()).toInstant();
        // Versions only grow, so over a fixed set of areas their sum changes whenever any of them does.
        String tag = "\"" + Long.toString(started.toEpochMilli(), 36) + "-" + sum + "-" + today + "\"";
        return new ContentVersion(tag, midnight.isAfter(latest) ? midnight : latest);
    }

    private void bump(String name) {
        Instant now = clock.instant();
        areas.merge(name, new Area(1, now), (old, one) -> new Area(old.version() + 1, now));
    }

    private record PendingChanges(PublishedContent owner, Set<String> areas) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            areas.forEach(owner::bump);
        }
    }
}
