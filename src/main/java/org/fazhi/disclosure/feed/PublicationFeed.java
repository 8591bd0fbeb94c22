package org.fazhi.disclosure.feed;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.disclosure.DecisionPublished;
import org.fazhi.disclosure.PublicationExpired;
import org.fazhi.disclosure.PublicationWithdrawn;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns publishing, withdrawing and expiry into feed entries in the transaction that makes them, so an entry
 * exists exactly when its change committed. The entries of a transaction are appended together just before it
 * commits (see {@link FeedRepository} for why that matters to the cursor). A withdrawal of a publication the
 * public never saw is no entry.
 */
@Component
class PublicationFeed {

    private final FeedRepository repository;
    private final AgencyOptions agencies;
    private final PublishedContent published;

    PublicationFeed(FeedRepository repository, AgencyOptions agencies, PublishedContent published) {
        this.repository = repository;
        this.agencies = agencies;
        this.published = published;
    }

    @EventListener
    void on(DecisionPublished e) {
        append(new FeedRepository.Append(FeedEntry.Kind.PUBLISHED, e.publicationId(),
                agencyName(e.county(), e.agencyId()), null, null));
    }

    @EventListener
    void on(PublicationWithdrawn e) {
        if (e.wasPublished()) {
            append(new FeedRepository.Append(FeedEntry.Kind.WITHDRAWN, e.publicationId(),
                    agencyName(e.county(), e.agencyId()), e.withdrawnOn(), null));
        }
    }

    @EventListener
    void on(PublicationExpired e) {
        append(new FeedRepository.Append(FeedEntry.Kind.EXPIRED, e.publicationId(),
                agencyName(e.county(), e.agencyId()), null, e.expiredOn()));
    }

    private void append(FeedRepository.Append append) {
        published.changed("disclosure");
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            repository.append(List.of(append));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingAppends.class::isInstance).map(PendingAppends.class::cast)
                .filter(pending -> pending.repository() == repository).findFirst()
                .orElseGet(() -> {
                    PendingAppends pending = new PendingAppends(repository, new ArrayList<>());
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                }).appends().add(append);
    }

    private String agencyName(RegionCode county, long agencyId) {
        return agencies.within(DataScope.ofRegion(county)).stream().filter(a -> a.id() == agencyId)
                .map(AgencyOptions.Option::name).findFirst().orElse("");
    }

    /** A transaction's entries, appended when it is about to commit (a failure there rolls it back). */
    private record PendingAppends(FeedRepository repository, List<FeedRepository.Append> appends)
            implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            repository.append(appends);
        }
    }
}
