package org.fazhi.registry.publication;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.registry.certificate.AnnualReview;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.Standing;

/**
 * What the certificate check tells whoever scanned it: valid today, or why not. A suspension after a failed 年审
 * is named as such, because that is what the holder must put right (河南省行政执法条例).
 */
public enum CheckVerdict {
    VALID, NOT_YET_VALID, EXPIRED, SUSPENDED, FAILED_REVIEW, REVOKED;

    static CheckVerdict of(Standing standing) {
        return switch (standing) {
            case VALID -> VALID;
            case NOT_YET_VALID -> NOT_YET_VALID;
            case EXPIRED -> EXPIRED;
            case SUSPENDED -> SUSPENDED;
            case REVOKED -> REVOKED;
        };
    }

    /** The verdict on a day, given the certificate's 年审 (latest first). */
    static CheckVerdict of(Certificate certificate, List<AnnualReview> reviews, LocalDate day) {
        CheckVerdict verdict = of(certificate.standingOn(day));
        boolean lastReviewFailed = !reviews.isEmpty()
                && reviews.get(0).result() == AnnualReview.ReviewResult.FAILED;
        return verdict == SUSPENDED && lastReviewFailed ? FAILED_REVIEW : verdict;
    }

    public boolean isValid() {
        return this == VALID;
    }
}
