package org.fazhi.inspection.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.entities.PartyCard;
import org.fazhi.inspection.draw.InspectorEntry;
import org.jspecify.annotations.Nullable;

/**
 * A plan's draw as the API shows it (the seed is the one revealed at the draw, public from then on), and one
 * selected party of its result with the inspectors drawn for it and, once concluded, the inspection's result.
 */
record DrawView(long id, long planId, String algorithm, String seed, Instant drawnAt, String drawnBy, int selected,
                List<Long> unstaffed, boolean cancelled, @Nullable String cancelReason) {

    static DrawView of(DrawRecord draw) {
        return new DrawView(draw.id(), draw.planId(), draw.algorithm(), draw.seed(), draw.drawnAt(), draw.drawnBy(),
                draw.selected(), draw.unstaffed(), draw.cancelled(), draw.cancelReason());
    }

    /** {@code publicationDue}: the day the result must be public by, once the inspection's window has ended. */
    record Row(int position, long partyId, @Nullable String partyName, @Nullable String partyCode,
               List<InspectorEntry> inspectors, @Nullable String result, @Nullable LocalDate publicationDue,
               boolean publicationOverdue) {

        static Row of(DrawResults.Row row) {
            PartyCard party = row.party();
            DrawResults.Publication publication = row.publication();
            return new Row(row.position(), row.partyId(), party == null ? null : party.name(),
                    party == null ? null : party.displayCode(), row.inspectors(), row.result(),
                    publication == null ? null : publication.due(), publication != null && publication.overdue());
        }
    }
}
