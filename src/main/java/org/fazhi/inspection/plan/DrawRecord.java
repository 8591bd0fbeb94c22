package org.fazhi.inspection.plan;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's one draw as recorded: the revealed seed, the algorithm version, who drew and when, how many parties
 * were selected and which could not be staffed; cancelled with a reason, it stays on record.
 */
public record DrawRecord(long id, long planId, String algorithm, String seed, Instant drawnAt, String drawnBy,
                         int selected, List<Long> unstaffed, boolean cancelled, @Nullable String cancelReason) {

    public DrawRecord {
        unstaffed = List.copyOf(unstaffed);
    }
}
