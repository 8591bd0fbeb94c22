package org.fazhi.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-checking the audit trail: every entry's keyed hash and every link of the chain.
 *
 * @param entriesChecked entries whose content hash was recomputed
 * @param linksChecked   chain links recomputed
 * @param unsealed       entries written but not yet chained (normal for a few seconds after a write)
 * @param firstBreak     the first entry found altered, missing or out of the chain; null when all is intact
 */
public record AuditVerification(long entriesChecked, long linksChecked, long unsealed,
                                @Nullable Break firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * Where the trail stops being trustworthy.
     *
     * @param seq     position in the chain (0 when the entry is not in the chain)
     * @param entryId the audit entry concerned
     * @param reason  what was found
     */
    public record Break(long seq, long entryId, Reason reason) {
    }

    public enum Reason {
        /** The entry's fields no longer match its keyed hash: someone edited the row. */
        CONTENT_ALTERED,
        /** The link's hash does not follow from the previous link: links were edited, removed or reordered. */
        CHAIN_BROKEN,
        /** The chain skips a position: a link was deleted. */
        SEQUENCE_GAP,
        /** A link points to an entry that no longer exists. */
        ENTRY_MISSING,
        /** An entry is neither chained nor waiting to be: its pending marker was removed. */
        NOT_CHAINED
    }
}
