package org.fazhi.inspection.filing;

import java.util.List;

import org.fazhi.catalog.ItemRevised;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A plan names items, not versions of them: when the catalog revises an item during the year, the plans naming the
 * earlier version name the new one too, in the revision's transaction, so the inspections citing it stay inside
 * the plan (计划内检查).
 */
@Component
class PlansFollowRevisions {

    private final FilingRepository filings;
    private final ApplicationEventPublisher events;

    PlansFollowRevisions(FilingRepository filings, ApplicationEventPublisher events) {
        this.filings = filings;
        this.events = events;
    }

    @EventListener
    void on(ItemRevised revised) {
        List<Long> changed = filings.followRevision(revised.county().county().value(), revised.previousVersionId(),
                revised.newVersionId());
        changed.forEach(id -> events.publishEvent(DataChanged.updated(PlanFilings.RECORD_TYPE, id,
                revised.county().county(), List.of("itemIds"))));
    }
}
