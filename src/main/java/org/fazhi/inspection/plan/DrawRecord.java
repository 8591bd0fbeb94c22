package org.fazhi.inspection.plan;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's one draw as recorded: the seed it used, the algorithm version, who drew and when, how many parties were
 * selected and which could not be staffed; for a combined seed also the revealed secret and the public value as
 * entered. Cancelled with a reason, it stays on record.
 */
public record DrawRecord(long id, long planId, String algorithm, String seed, @Nullable String secret,
                         @Nullable EnteredValue publicValue, Instant drawnAt, String drawnBy, int selected,
                         List<Long> unstaffed, boolean cancelled, @Nullable String cancelReason) {

    /** The public value as entered, once, at the draw: by whom, when, and before which witnesses. */
    public record EnteredValue(String value, List<String> witnesses, String enteredBy, Instant enteredAt) {

        public EnteredValue {
            witnesses = List.copyOf(witnesses);
        }
    }

    public DrawRecord {
        unstaffed = List.copyOf(unstaffed);
    }
}
