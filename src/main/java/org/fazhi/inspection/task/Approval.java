package org.fazhi.inspection.task;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of a task's approval chain, with why it is needed and, once decided, by whom and how. */
public record Approval(int position, ApprovalStep step, @Nullable String reason, @Nullable Boolean approved,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String note) {

    public boolean isDecided() {
        return approved != null;
    }
}
