package org.fazhi.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A case decided although it needed 法制审核 (行政处罚法第五十八条) and no review passed before the decision: why it
 * needed one (a major public interest; complex, with several legal relationships; a hearing held on the party's
 * major rights; the county's rule that every case is reviewed) and what review there was.
 *
 * @param legalReviewPassedAt when a review last passed: null when none did; before the hearing when one was held
 *                            after it (the decision then rests on a record the review never saw)
 */
public record UnreviewedDecision(long caseId, String caseCode, long agencyId, LocalDate decidedOn,
                                 boolean majorPublicInterest, boolean complex, @Nullable Instant hearingHeldAt,
                                 boolean everyCaseRule, @Nullable Instant legalReviewPassedAt) {
}
