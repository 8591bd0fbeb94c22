package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.registry.CertificateValidity.Held;
import org.fazhi.registry.UncertifiedPeriod.Lapse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.UncertifiedPeriod.OPEN_END;
import static org.fazhi.registry.UncertifiedPeriod.OPEN_START;

/** The days an officer was not certified, worked out from the certificates the registry holds. */
class CertificateValidityTests {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    @Test
    void anOfficerWithoutCertificateIsNeverCertified() {
        assertThat(CertificateValidity.gaps(List.of(new Held(1, "张三", 9, null, null, null, null, null))))
                .containsExactly(period(OPEN_START, OPEN_END, Lapse.NO_CERTIFICATE, null));
    }

    @Test
    void aValidCertificateLeavesTheDaysBeforeItsIssueAndAfterItsExpiry() {
        assertThat(CertificateValidity.gaps(List.of(held("A1", JAN_1, JAN_1.plusYears(5), "VALID", null))))
                .containsExactly(period(OPEN_START, JAN_1.minusDays(1), Lapse.NOT_YET_ISSUED, null),
                        period(JAN_1.plusYears(5).plusDays(1), OPEN_END, Lapse.EXPIRED, "A1"));
    }

    @Test
    void aSuspensionEndsTheValidityOnItsDay() {
        LocalDate suspended = LocalDate.of(2025, 6, 10);
        assertThat(CertificateValidity.gaps(List.of(held("A1", JAN_1, JAN_1.plusYears(5), "SUSPENDED", suspended))))
                .last().isEqualTo(period(suspended, OPEN_END, Lapse.SUSPENDED, "A1"));
    }

    @Test
    void aRevocationAfterExpiryIsStillAnExpiry() {
        LocalDate expiry = LocalDate.of(2025, 1, 1);
        assertThat(CertificateValidity.gaps(List.of(held("A1", JAN_1, expiry, "REVOKED", expiry.plusDays(30)))))
                .last().isEqualTo(period(expiry.plusDays(1), OPEN_END, Lapse.EXPIRED, "A1"));
    }

    @Test
    void aReissuedCertificateClosesTheGapAndOverlapsLeaveNone() {
        LocalDate expiry = LocalDate.of(2025, 1, 1);
        List<UncertifiedPeriod> gaps = CertificateValidity.gaps(List.of(
                held("A1", JAN_1, expiry, "VALID", null),
                held("A2", expiry.plusDays(20), expiry.plusYears(5), "VALID", null),
                held("A3", expiry.plusYears(1), expiry.plusYears(2), "VALID", null)));

        assertThat(gaps).containsExactly(period(OPEN_START, JAN_1.minusDays(1), Lapse.NOT_YET_ISSUED, null),
                period(expiry.plusDays(1), expiry.plusDays(19), Lapse.EXPIRED, "A1"),
                period(expiry.plusYears(5).plusDays(1), OPEN_END, Lapse.EXPIRED, "A2"));
        assertThat(gaps.get(1).covers(expiry.plusDays(19))).isTrue();
        assertThat(gaps.get(1).covers(expiry.plusDays(20))).isFalse();
    }

    @Test
    void aRevokedCertificateWithoutItsDayWasNeverValid() {
        assertThat(CertificateValidity.gaps(List.of(held("A1", JAN_1, JAN_1.plusYears(5), "REVOKED", null))))
                .containsExactly(period(OPEN_START, OPEN_END, Lapse.REVOKED, "A1"));
    }

    @Test
    void periodsTravelAsJsonRowsOnePerPeriod() {
        var periods = List.of(period(OPEN_START, JAN_1.minusDays(1), Lapse.NOT_YET_ISSUED, null),
                new UncertifiedPeriod(2, "李四", 9, OPEN_START, OPEN_END, Lapse.NO_CERTIFICATE, null),
                period(JAN_1.plusYears(5), OPEN_END, Lapse.EXPIRED, "A1"));

        assertThat(UncertifiedPeriod.asJson(periods)).isEqualTo("[{\"officer\":1,\"from\":\"1900-01-01\",\"to\":\"2023-12-31\"},"
                + "{\"officer\":2,\"from\":\"1900-01-01\",\"to\":\"9999-12-31\"},"
                + "{\"officer\":1,\"from\":\"2029-01-01\",\"to\":\"9999-12-31\"}]");
    }

    @Test
    void aPeriodSinceADayKeepsOnlyItsDaysFromThen() {
        UncertifiedPeriod open = period(OPEN_START, JAN_1, Lapse.NOT_YET_ISSUED, null);

        assertThat(open.since(JAN_1.minusDays(3))).contains(period(JAN_1.minusDays(3), JAN_1, Lapse.NOT_YET_ISSUED, null));
        assertThat(open.since(JAN_1)).contains(period(JAN_1, JAN_1, Lapse.NOT_YET_ISSUED, null));
        assertThat(open.since(JAN_1.plusDays(1))).isEmpty();
        assertThat(open.since(OPEN_START.minusDays(1))).contains(open);
    }

    private static Held held(String number, LocalDate issued, LocalDate expires, String status, LocalDate changed) {
        return new Held(1, "张三", 9, number, issued, expires, status, changed);
    }

    private static UncertifiedPeriod period(LocalDate from, LocalDate to, Lapse lapse, String number) {
        return new UncertifiedPeriod(1, "张三", 9, from, to, lapse, number);
    }
}
