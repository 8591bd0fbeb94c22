package org.fazhi.registry.publication;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.registry.certificate.AnnualReview;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.CertificateStatus;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckVerdictTests {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2029, 2, 28);

    @Test
    void validFromTheIssueDayThroughTheExpiryDay() {
        Certificate certificate = certificate(CertificateStatus.VALID);
        assertThat(CheckVerdict.of(certificate, List.of(), ISSUED.minusDays(1))).isEqualTo(CheckVerdict.NOT_YET_VALID);
        assertThat(CheckVerdict.of(certificate, List.of(), ISSUED)).isEqualTo(CheckVerdict.VALID);
        assertThat(CheckVerdict.of(certificate, List.of(), EXPIRES)).isEqualTo(CheckVerdict.VALID);
        assertThat(CheckVerdict.of(certificate, List.of(), EXPIRES.plusDays(1))).isEqualTo(CheckVerdict.EXPIRED);
    }

    @Test
    void aSuspensionAfterAFailedReviewIsNamedAsSuch() {
        Certificate suspended = certificate(CertificateStatus.SUSPENDED);
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(CheckVerdict.of(suspended, List.of(review(2025, ReviewResult.FAILED)), day))
                .isEqualTo(CheckVerdict.FAILED_REVIEW);
        assertThat(CheckVerdict.of(suspended, List.of(review(2025, ReviewResult.PASSED),
                review(2024, ReviewResult.FAILED)), day)).isEqualTo(CheckVerdict.SUSPENDED);
        assertThat(CheckVerdict.of(suspended, List.of(), day)).isEqualTo(CheckVerdict.SUSPENDED);
    }

    @Test
    void revokedStaysRevokedWhateverTheReviews() {
        assertThat(CheckVerdict.of(certificate(CertificateStatus.REVOKED), List.of(review(2025, ReviewResult.FAILED)),
                LocalDate.of(2026, 6, 1))).isEqualTo(CheckVerdict.REVOKED);
    }

    private static Certificate certificate(CertificateStatus status) {
        return new Certificate(1, RegionCode.of("410425"), 2, 3, CertificateKind.ENFORCEMENT, "T1", ISSUED, EXPIRES,
                List.of("MARKET"), status, null, null, 0);
    }

    private static AnnualReview review(int year, ReviewResult result) {
        return new AnnualReview(year, 1, year, result, LocalDate.of(year + 1, 3, 1), null);
    }
}
