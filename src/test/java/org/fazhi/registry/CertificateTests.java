package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.CertificateStatus;
import org.fazhi.registry.certificate.Standing;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateTests {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2029, 2, 28);

    private static Certificate valid() {
        return new Certificate(1, RegionCode.of("410425"), 7, 9, CertificateKind.ENFORCEMENT, "41042510001", ISSUED,
                EXPIRES, List.of("MARKET"), CertificateStatus.VALID, null, null, 0);
    }

    @Test
    void isValidOnlyBetweenIssueAndExpiryInclusive() {
        Certificate certificate = valid();
        assertThat(certificate.standingOn(ISSUED.minusDays(1))).isEqualTo(Standing.NOT_YET_VALID);
        assertThat(certificate.isValidOn(ISSUED)).isTrue();
        assertThat(certificate.isValidOn(EXPIRES)).isTrue();
        assertThat(certificate.standingOn(EXPIRES.plusDays(1))).isEqualTo(Standing.EXPIRED);
    }

    @Test
    void suspensionNeedsAReasonAndAValidCertificate() {
        assertThatThrownBy(() -> valid().suspend(" ", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessage("registry.certificate.reason.required");
        assertThatThrownBy(() -> valid().suspend("调查", EXPIRES.plusDays(1)))
                .isInstanceOf(RuleViolation.class).hasMessage("registry.certificate.suspend.not-valid");
        Certificate suspended = valid().suspend("涉嫌违纪", LocalDate.of(2025, 1, 1));
        assertThat(suspended.standingOn(LocalDate.of(2025, 1, 2))).isEqualTo(Standing.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("涉嫌违纪");
        assertThat(suspended.statusChangedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void reinstatementLiftsOnlyASuspensionAndNotAfterExpiry() {
        assertThatThrownBy(() -> valid().reinstate(LocalDate.of(2025, 1, 1)))
                .hasMessage("registry.certificate.reinstate.not-suspended");
        Certificate suspended = valid().suspend("调查", LocalDate.of(2025, 1, 1));
        assertThat(suspended.reinstate(LocalDate.of(2025, 2, 1)).isValidOn(LocalDate.of(2025, 2, 1))).isTrue();
        assertThatThrownBy(() -> suspended.reinstate(EXPIRES.plusDays(1)))
                .hasMessage("registry.certificate.reinstate.expired");
    }

    @Test
    void revocationIsFinal() {
        Certificate revoked = valid().revoke("调离执法岗位", LocalDate.of(2025, 1, 1));
        assertThat(revoked.standingOn(LocalDate.of(2025, 1, 1))).isEqualTo(Standing.REVOKED);
        assertThatThrownBy(() -> revoked.revoke("again", LocalDate.of(2025, 1, 2)))
                .hasMessage("registry.certificate.revoke.already");
        assertThatThrownBy(() -> revoked.suspend("x", LocalDate.of(2025, 1, 2)))
                .hasMessage("registry.certificate.suspend.not-valid");
        assertThatThrownBy(() -> revoked.reinstate(LocalDate.of(2025, 1, 2)))
                .hasMessage("registry.certificate.reinstate.not-suspended");
    }

    @Test
    void owesTheReviewOfEveryFullYearItWasHeld() {
        Certificate certificate = valid();
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(certificate.owesReviewFor(2024, today)).isFalse();
        assertThat(certificate.owesReviewFor(2025, today)).isTrue();
        assertThat(certificate.revoke("x", today).owesReviewFor(2025, today)).isFalse();
    }

    @Test
    void expiringWithinCountsDaysInclusively() {
        LocalDate today = EXPIRES.minusDays(30);
        assertThat(valid().expiresWithin(today, 30)).isTrue();
        assertThat(valid().expiresWithin(today.minusDays(1), 30)).isFalse();
        assertThat(valid().expiresWithin(EXPIRES.plusDays(1), 30)).isFalse();
    }
}
