package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether an officer may be assigned to enforcement work on a day (行政处罚法第四十二条: penalties are imposed by
 * officers holding enforcement qualifications), and if not, every reason why.
 *
 * @param certificateNumber the certificate that qualifies (or would, but for the reasons), if any
 */
public record Eligibility(List<Reason> reasons, @Nullable String certificateNumber,
                          @Nullable LocalDate certificateExpiresOn) {

    public static final String LEGAL_BASIS = "行政处罚法第四十二条";

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    public enum Reason {
        OFFICER_UNKNOWN,
        OFFICER_NOT_ON_DUTY,
        AGENCY_NOT_ACTIVE,
        NO_CERTIFICATE,
        CERTIFICATE_SUSPENDED,
        CERTIFICATE_REVOKED,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        AREA_NOT_COVERED,
        ANNUAL_REVIEW_OVERDUE
    }
}
