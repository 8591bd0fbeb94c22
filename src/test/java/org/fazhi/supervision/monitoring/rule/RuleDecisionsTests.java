package org.fazhi.supervision.monitoring.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.BenchmarkDeparture;
import org.fazhi.casework.UnreviewedDecision;
import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.registry.UncertifiedPeriod.Lapse;
import org.fazhi.shared.Money;
import org.fazhi.supervision.monitoring.rule.DecisionWithoutLegalReview.Ground;
import org.fazhi.supervision.monitoring.rule.DecisionWithoutLegalReview.Lack;
import org.fazhi.supervision.monitoring.rule.PenaltyOutsideBenchmark.Departure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules' decisions without a database: which kind of cause a record is. */
class RuleDecisionsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant HEARD = Instant.parse("2026-02-20T02:00:00Z");

    @Test
    void art58SaysWhyTheReviewWasNeededAndWhatWasMissing() {
        var none = unreviewed(true, false, null, false, null);
        var beforeHearing = unreviewed(false, false, HEARD, false, HEARD.minusSeconds(3600));
        var everyCase = unreviewed(false, false, null, true, Instant.parse("2026-03-05T02:00:00Z"));

        assertThat(DecisionWithoutLegalReview.grounds(none)).containsExactly(Ground.MAJOR_PUBLIC_INTEREST);
        assertThat(DecisionWithoutLegalReview.lack(none)).isEqualTo(Lack.NO_REVIEW);
        assertThat(DecisionWithoutLegalReview.grounds(beforeHearing)).containsExactly(Ground.HEARING);
        assertThat(DecisionWithoutLegalReview.lack(beforeHearing)).isEqualTo(Lack.REVIEW_BEFORE_HEARING);
        assertThat(DecisionWithoutLegalReview.grounds(everyCase)).containsExactly(Ground.EVERY_CASE);
        assertThat(DecisionWithoutLegalReview.lack(everyCase)).isEqualTo(Lack.REVIEW_AFTER_DECISION);
    }

    @Test
    void benchmarkDeparturesAreToldApart() {
        assertThat(PenaltyOutsideBenchmark.departure(departure(null, null), true)).contains(Departure.NOT_CHECKED);
        assertThat(PenaltyOutsideBenchmark.departure(departure(true, null), true)).isEmpty();
        assertThat(PenaltyOutsideBenchmark.departure(departure(false, " "), false)).contains(Departure.UNJUSTIFIED);
        assertThat(PenaltyOutsideBenchmark.departure(departure(false, "多次违法"), true)).contains(Departure.JUSTIFIED);
        assertThat(PenaltyOutsideBenchmark.departure(departure(false, "多次违法"), false)).isEmpty();
    }

    @Test
    void onlyLapsesThatStillRunAndOutlastTheGraceCount() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        var expiredFiveDaysAgo = period(today.minusDays(5), UncertifiedPeriod.OPEN_END, Lapse.EXPIRED);
        var revokedToday = period(today, UncertifiedPeriod.OPEN_END, Lapse.REVOKED);
        var neverHeld = period(UncertifiedPeriod.OPEN_START, UncertifiedPeriod.OPEN_END, Lapse.NO_CERTIFICATE);
        var gapLastYear = period(today.minusYears(1), today.minusMonths(6), Lapse.EXPIRED);
        List<UncertifiedPeriod> periods = List.of(expiredFiveDaysAgo, revokedToday, neverHeld, gapLastYear);

        assertThat(ExpiredCertificateWithOpenWork.lapsed(periods, today, 0))
                .containsExactly(expiredFiveDaysAgo, revokedToday);
        assertThat(ExpiredCertificateWithOpenWork.lapsed(periods, today, 5)).containsExactly(expiredFiveDaysAgo);
        assertThat(ExpiredCertificateWithOpenWork.lapsed(periods, today, 6)).isEmpty();
    }

    private static BenchmarkDeparture departure(Boolean within, String reason) {
        return new BenchmarkDeparture(1, "AJ2026000001", 9, DAY, "一般", Money.ofFen(800_000), within, reason);
    }

    private static UncertifiedPeriod period(LocalDate from, LocalDate to, Lapse lapse) {
        return new UncertifiedPeriod(1, "张三", 9, from, to, lapse, "A1");
    }

    private static UnreviewedDecision unreviewed(boolean major, boolean complex, Instant heard, boolean everyCase,
                                                 Instant passed) {
        return new UnreviewedDecision(1, "AJ2026000001", 9, DAY, major, complex, heard, everyCase, passed);
    }
}
