package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.disputes.litigation.LitigationProperties.Basis;
import org.fazhi.disputes.litigation.LitigationProperties.LossRate;
import org.fazhi.disputes.litigation.LawsuitRepository.Concluded;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.disputes.LawsuitOutcome.CLAIMS_DISMISSED;
import static org.fazhi.disputes.LawsuitOutcome.DECLARED_UNLAWFUL;
import static org.fazhi.disputes.LawsuitOutcome.PAYMENT;
import static org.fazhi.disputes.LawsuitOutcome.REVOKED;
import static org.fazhi.disputes.LawsuitOutcome.WITHDRAWN;
import static org.fazhi.disputes.LawsuitOutcome.WITHDRAWN_AFTER_CHANGE;

/**
 * The 败诉率 series against a hand-computed example. Seven lawsuits concluded in 2026:
 * <pre>
 *  #  concluded   instance  outcome                  appealed
 *  1  01-10       first     撤销 (lost)               no
 *  2  01-20       first     驳回诉讼请求 (won)          no
 *  3  02-05       first     改变行为后撤诉              no
 *  4  03-03       first     确认违法 (lost)            yes, by #5
 *  5  03-15       second    驳回诉讼请求 (won)          no
 *  6  05-08       first     撤诉                      no
 *  7  07-01       first     给付赔偿 (lost)            no
 * </pre>
 * Default definition (first instance, the six judgment kinds lost, all conclusions in the denominator):
 * Jan 1/2 = 50.00, Feb 1/3 = 33.33, Mar 2/4 = 50.00, Apr 2/4, May 2/5 = 40.00, Jun 2/5, Jul–Dec 3/6 = 50.00.
 * Counting 撤诉 after a change of act as lost: Feb 2/3 = 66.67, Dec 4/6 = 66.67.
 * Final basis (#4 replaced by its appeal #5): Mar 1/4 = 25.00, Dec 2/6 = 33.33.
 * Judgments only in the denominator: Feb 1/2 = 50.00, Dec 3/4 = 75.00.
 */
class LossRateSeriesTests {

    static final Set<LawsuitOutcome> JUDGMENTS_LOST = Set.of(REVOKED, LawsuitOutcome.CHANGED, DECLARED_UNLAWFUL,
            LawsuitOutcome.DECLARED_VOID, LawsuitOutcome.ORDERED_TO_PERFORM, PAYMENT);

    static final List<Concluded> EXAMPLE = List.of(
            concluded(1, Instance.FIRST, REVOKED, "2026-01-10", false),
            concluded(2, Instance.FIRST, CLAIMS_DISMISSED, "2026-01-20", false),
            concluded(3, Instance.FIRST, WITHDRAWN_AFTER_CHANGE, "2026-02-05", false),
            concluded(4, Instance.FIRST, DECLARED_UNLAWFUL, "2026-03-03", true),
            concluded(5, Instance.SECOND, CLAIMS_DISMISSED, "2026-03-15", false),
            concluded(6, Instance.FIRST, WITHDRAWN, "2026-05-08", false),
            concluded(7, Instance.FIRST, PAYMENT, "2026-07-01", false));

    @Test
    void theDefaultDefinitionCountsFirstInstanceJudgmentsLostOverAllConcluded() {
        List<LossRateSeries.Point> points = LossRateSeries.cumulative(EXAMPLE, 2026,
                new LossRate(Basis.FIRST_INSTANCE, JUDGMENTS_LOST, false));
        assertThat(points).hasSize(12);
        assertThat(points.stream().map(p -> p.lost() + "/" + p.concluded()).toList()).containsExactly(
                "1/2", "1/3", "2/4", "2/4", "2/5", "2/5", "3/6", "3/6", "3/6", "3/6", "3/6", "3/6");
        assertThat(points.stream().map(p -> p.rate().value().toPlainString()).toList()).containsExactly(
                "50.00", "33.33", "50.00", "50.00", "40.00", "40.00", "50.00", "50.00", "50.00", "50.00", "50.00",
                "50.00");
    }

    @Test
    void aWithdrawalAfterTheAgencyChangedItsActMayCountAsLost() {
        Set<LawsuitOutcome> lost = new java.util.HashSet<>(JUDGMENTS_LOST);
        lost.add(WITHDRAWN_AFTER_CHANGE);
        List<LossRateSeries.Point> points = LossRateSeries.cumulative(EXAMPLE, 2026,
                new LossRate(Basis.FIRST_INSTANCE, lost, false));
        assertThat(points.get(1).rate().value()).hasToString("66.67");
        assertThat(points.get(11).lost()).isEqualTo(4);
        assertThat(points.get(11).rate().value()).hasToString("66.67");
    }

    @Test
    void theFinalBasisCountsEachDisputesLastInstance() {
        List<LossRateSeries.Point> points = LossRateSeries.cumulative(EXAMPLE, 2026,
                new LossRate(Basis.FINAL, JUDGMENTS_LOST, false));
        assertThat(points.get(2).lost() + "/" + points.get(2).concluded()).isEqualTo("1/4");
        assertThat(points.get(2).rate().value()).hasToString("25.00");
        assertThat(points.get(11).lost() + "/" + points.get(11).concluded()).isEqualTo("2/6");
        assertThat(points.get(11).rate().value()).hasToString("33.33");
    }

    @Test
    void theDenominatorMayCountJudgmentsOnly() {
        List<LossRateSeries.Point> points = LossRateSeries.cumulative(EXAMPLE, 2026,
                new LossRate(Basis.FIRST_INSTANCE, JUDGMENTS_LOST, true));
        assertThat(points.get(1).rate().value()).hasToString("50.00");
        assertThat(points.get(11).lost() + "/" + points.get(11).concluded()).isEqualTo("3/4");
        assertThat(points.get(11).rate().value()).hasToString("75.00");
    }

    @Test
    void aYearWithoutConclusionsHasNoRate() {
        List<LossRateSeries.Point> points = LossRateSeries.cumulative(EXAMPLE, 2025,
                new LossRate(Basis.FIRST_INSTANCE, JUDGMENTS_LOST, false));
        assertThat(points).allSatisfy(p -> assertThat(p.rate().hasValue()).isFalse());
    }

    static Concluded concluded(long id, Instance instance, LawsuitOutcome outcome, String on, boolean appealed) {
        return new Concluded(id, 1, instance, outcome, LocalDate.parse(on), appealed);
    }
}
