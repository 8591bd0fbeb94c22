package org.fazhi.governance.normative;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A normative document's life cycle on the 2026 calendar with the default terms: comment at least 7 working days
 * (30 calendar days for business-related documents), filing within 30 days of publication, in force 30 days after
 * it, valid 5 years (暂行 2), listed as expiring 90 days ahead; every step out of order refused.
 */
class NormativeDocumentTests {

    static final NormativeTerms TERMS = new NormativeTerms(new NormativeProperties(7, 30, 30, 30, 5, 2, 90),
            WorkdayCalendar.china());
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void theCommentPeriodCountsWorkingDaysAndSkipsLabourDay() {
        // Wed 4-29, Thu 4-30, then 5-1 … 5-5 off, Wed 5-6, Thu, Fri, Saturday 5-9 (a make-up working day): six;
        // Sunday 5-10 off; Monday 5-11 the seventh.
        assertThat(TERMS.commentLongEnough(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 11), false)).isTrue();
        assertThat(TERMS.commentLongEnough(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 10), false)).isFalse();
        assertThat(TERMS.commentLongEnough(MONDAY, MONDAY.plusDays(28), true)).isFalse();
        assertThat(TERMS.commentLongEnough(MONDAY, MONDAY.plusDays(29), true)).isTrue();
    }

    @Test
    void aShortCommentPeriodIsRefusedWithTheMinimum() {
        NormativeDocument d = drafted(false);

        refused(() -> d.openComment(MONDAY, MONDAY.plusDays(7), TERMS), "governance.normative.refused.comment-short");
        NormativeDocument business = drafted(true);
        refused(() -> business.openComment(MONDAY, MONDAY.plusDays(20), TERMS),
                "governance.normative.refused.comment-short-business");
        assertThat(d.state()).isEqualTo(NormativeState.DRAFTING);
    }

    @Test
    void theCommentClosesOnlyAfterItsPeriod() {
        NormativeDocument d = drafted(false);
        d.openComment(MONDAY, MONDAY.plusDays(10), TERMS);

        refused(() -> d.closeComment(MONDAY.plusDays(10), 2), "governance.normative.refused.comment-running");
        d.closeComment(MONDAY.plusDays(11), 2);
        assertThat(d.state()).isEqualTo(NormativeState.LEGALITY_REVIEW);
        assertThat(d.comment().received()).isEqualTo(2);
    }

    @Test
    void aDocumentIsNeverPublishedWithoutAPassedLegalityReview() {
        NormativeDocument draft = drafted(false);
        refused(() -> publish(draft, MONDAY), "governance.normative.refused.no-legality-review");

        NormativeDocument unlawful = commented();
        unlawful.reviewLegality(review(LegalityConclusion.UNLAWFUL));
        assertThat(unlawful.state()).isEqualTo(NormativeState.DRAFTING);
        refused(() -> publish(unlawful, MONDAY.plusDays(30)), "governance.normative.refused.no-legality-review");
    }

    @Test
    void aDocumentIsPublishedOnlyAfterDeliberation() {
        NormativeDocument d = commented();
        d.reviewLegality(review(LegalityConclusion.LAWFUL));
        refused(() -> publish(d, MONDAY.plusDays(30)), "governance.normative.refused.state");
        d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(FairCompetitionConclusion.COMPLIANT,
                MONDAY.plusDays(25)));
        refused(() -> publish(d, MONDAY.plusDays(30)), "governance.normative.refused.not-deliberated");
        d.deliberate(new NormativeDocument.Deliberation(MONDAY.plusDays(28), "县政府常务会议"));

        publish(d, MONDAY.plusDays(30));
        assertThat(d.state()).isEqualTo(NormativeState.PUBLISHED);
        assertThat(d.issue().registrationNumber()).isEqualTo("410425-2026-001");
    }

    @Test
    void aFailedFairCompetitionReviewSendsTheDocumentBackToDrafting() {
        NormativeDocument d = commented();
        d.reviewLegality(review(LegalityConclusion.LAWFUL));
        d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(FairCompetitionConclusion.NON_COMPLIANT,
                MONDAY.plusDays(25)));

        assertThat(d.state()).isEqualTo(NormativeState.DRAFTING);
        refused(() -> d.deliberate(new NormativeDocument.Deliberation(MONDAY.plusDays(28), "会议")),
                "governance.normative.refused.state");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        NormativeDocument d = drafted(false);

        refused(() -> d.closeComment(MONDAY, 0), "governance.normative.refused.state");
        refused(() -> d.reviewLegality(review(LegalityConclusion.LAWFUL)), "governance.normative.refused.state");
        refused(() -> d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(
                FairCompetitionConclusion.COMPLIANT, MONDAY)), "governance.normative.refused.state");
        refused(() -> d.deliberate(new NormativeDocument.Deliberation(MONDAY, "会议")),
                "governance.normative.refused.state");
        refused(() -> d.file(FilingBody.HIGHER_GOVERNMENT, MONDAY), "governance.normative.refused.state");
        refused(() -> d.enterIntoForce(MONDAY), "governance.normative.refused.state");
        refused(() -> d.expire(MONDAY, "到期"), "governance.normative.refused.state");
        refused(() -> d.repeal(MONDAY, "废止"), "governance.normative.refused.state");
        refused(() -> d.cleanUp(CleanupDisposition.RETAIN, MONDAY, "清理"), "governance.normative.refused.state");
        NormativeDocument commenting = drafted(false);
        commenting.openComment(MONDAY, MONDAY.plusDays(10), TERMS);
        refused(() -> commenting.openComment(MONDAY, MONDAY.plusDays(10), TERMS),
                "governance.normative.refused.state");
    }

    @Test
    void theFilingPeriodEndsThirtyDaysAfterPublicationAndIsOverdueTheDayAfter() {
        NormativeDocument d = published(LocalDate.of(2026, 4, 10));

        assertThat(d.issue().filingDueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(d.filingOverdueOn(LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(d.filingOverdueOn(LocalDate.of(2026, 5, 11))).isTrue();
        d.file(FilingBody.HIGHER_GOVERNMENT, LocalDate.of(2026, 5, 10));
        d.file(FilingBody.PEOPLES_CONGRESS, LocalDate.of(2026, 5, 12));

        assertThat(d.state()).isEqualTo(NormativeState.FILED);
        assertThat(d.filedLate(FilingBody.HIGHER_GOVERNMENT)).isFalse();
        assertThat(d.filedLate(FilingBody.PEOPLES_CONGRESS)).isTrue();
        assertThat(d.filingOverdueOn(LocalDate.of(2026, 5, 13))).isFalse();
        refused(() -> d.file(FilingBody.PEOPLES_CONGRESS, LocalDate.of(2026, 5, 13)),
                "governance.normative.refused.state");
    }

    @Test
    void aDocumentIsValidFiveYearsFromEntryIntoForceAndListedNinetyDaysBeforeItsEnd() {
        NormativeDocument d = published(LocalDate.of(2026, 4, 10));

        assertThat(d.issue().effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(d.issue().validUntil()).isEqualTo(LocalDate.of(2031, 5, 9));
        refused(() -> d.enterIntoForce(LocalDate.of(2026, 5, 9)), "governance.normative.refused.not-yet-effective");
        d.enterIntoForce(LocalDate.of(2026, 5, 10));
        LocalDate listedFrom = LocalDate.of(2031, 5, 9).minusDays(90);
        assertThat(d.expiringBetween(listedFrom.minusDays(1), TERMS.remindUntil(listedFrom.minusDays(1)))).isFalse();
        assertThat(d.expiringBetween(listedFrom, TERMS.remindUntil(listedFrom))).isTrue();
        assertThat(d.expiringBetween(LocalDate.of(2031, 5, 10), TERMS.remindUntil(LocalDate.of(2031, 5, 10))))
                .isFalse();
        assertThat(TERMS.validUntil(LocalDate.of(2026, 5, 10), true)).isEqualTo(LocalDate.of(2028, 5, 9));
    }

    @Test
    void aCleanUpRepealsOrDeclaresInvalidAndEndsTheDocument() {
        NormativeDocument repealed = published(LocalDate.of(2026, 4, 10));
        repealed.cleanUp(CleanupDisposition.REPEAL, LocalDate.of(2026, 6, 1), "2026年清理");
        NormativeDocument invalid = published(LocalDate.of(2026, 4, 10));
        invalid.cleanUp(CleanupDisposition.DECLARE_INVALID, LocalDate.of(2026, 6, 1), "2026年清理");
        NormativeDocument retained = published(LocalDate.of(2026, 4, 10));
        retained.cleanUp(CleanupDisposition.RETAIN, LocalDate.of(2026, 6, 1), "2026年清理");

        assertThat(repealed.state()).isEqualTo(NormativeState.REPEALED);
        assertThat(invalid.state()).isEqualTo(NormativeState.EXPIRED);
        assertThat(invalid.end().reason()).isEqualTo("2026年清理");
        assertThat(retained.state()).isEqualTo(NormativeState.PUBLISHED);
        refused(() -> repealed.cleanUp(CleanupDisposition.RETAIN, LocalDate.of(2026, 7, 1), "再次清理"),
                "governance.normative.refused.state");
    }

    static NormativeDocument drafted(boolean businessRelated) {
        return NormativeDocument.drafted(new NormativeDocument.Draft(RegionCode.of("410425"), 7L, "测试办法",
                businessRelated, false), "tester");
    }

    /** Commented on from {@code MONDAY} for 10 days and sent to the legality review. */
    static NormativeDocument commented() {
        NormativeDocument d = drafted(false);
        d.openComment(MONDAY, MONDAY.plusDays(10), TERMS);
        d.closeComment(MONDAY.plusDays(11), 1);
        return d;
    }

    static NormativeDocument published(LocalDate on) {
        NormativeDocument d = commented();
        d.reviewLegality(review(LegalityConclusion.LAWFUL));
        d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(FairCompetitionConclusion.COMPLIANT,
                MONDAY.plusDays(13)));
        d.deliberate(new NormativeDocument.Deliberation(MONDAY.plusDays(14), "县政府常务会议"));
        publish(d, on);
        return d;
    }

    static NormativeDocument.LegalityReview review(LegalityConclusion conclusion) {
        return new NormativeDocument.LegalityReview("司法局", MONDAY.plusDays(12), conclusion, "意见");
    }

    static void publish(NormativeDocument d, LocalDate on) {
        d.publish("410425-2026-001", "郏政规〔2026〕1号", on, "县政府网站", TERMS);
    }

    static void refused(Executable step, String key) {
        assertThatThrownBy(step::execute).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
