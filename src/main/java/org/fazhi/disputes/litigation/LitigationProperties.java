package org.fazhi.disputes.litigation;

import java.util.Set;

import org.fazhi.disputes.LawsuitOutcome;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county's litigation settings ({@code fazhi.disputes.litigation.*}): the defence period in calendar days from
 * service of the complaint (行政诉讼法第六十七条; a last day off moves to the next working day), the appearances
 * that count as the head appearing (F2), the loss-rate definition (F1), and the days an agency has to reply to a
 * judicial or procuratorial suggestion when the suggestion sets none (two months is the courts' usual request).
 */
@ConfigurationProperties("fazhi.disputes.litigation")
public record LitigationProperties(
        @DefaultValue("15") int defenceDays,
        @DefaultValue({"HEAD", "DEPUTY"}) Set<Appearance> appearancesCounted,
        @DefaultValue LossRate lossRate,
        @DefaultValue("60") int suggestionReplyDays) {

    /** Which lawsuits a loss rate counts: first-instance ones, or each dispute's final (not appealed) instance. */
    public enum Basis { FIRST_INSTANCE, FINAL }

    /**
     * F1 败诉率 = lawsuits lost ÷ lawsuits concluded, by conclusion date. {@code lost}: the outcomes counted as lost
     * (add WITHDRAWN_AFTER_CHANGE to count a withdrawal after the agency changed its act); {@code judgedOnly}: the
     * denominator counts judgments only (withdrawals and mediations out, unless counted as lost).
     */
    public record LossRate(
            @DefaultValue("FIRST_INSTANCE") Basis basis,
            @DefaultValue({"REVOKED", "CHANGED", "DECLARED_UNLAWFUL", "DECLARED_VOID", "ORDERED_TO_PERFORM",
                    "PAYMENT"}) Set<LawsuitOutcome> lost,
            @DefaultValue("false") boolean judgedOnly) {

        /** Whether a concluded lawsuit of this instance and outcome is in the rate at all. */
        boolean counts(Instance instance, boolean appealed, LawsuitOutcome outcome) {
            boolean inBasis = basis == Basis.FIRST_INSTANCE ? instance == Instance.FIRST : !appealed;
            return inBasis && (!judgedOnly || outcome.isJudgment() || lost.contains(outcome));
        }

        boolean isLost(LawsuitOutcome outcome) {
            return lost.contains(outcome);
        }
    }
}
