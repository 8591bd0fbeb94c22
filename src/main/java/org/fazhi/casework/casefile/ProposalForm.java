package org.fazhi.casework.casefile;

import java.math.BigDecimal;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * A proposed or final decision as the handlers or the head put it: the kind, for a penalty its kinds and amounts in
 * yuan, the discretion tier relied on, the illegal gains or goods' value a multiple needs, the written reason when
 * the penalty leaves the benchmark, and the reasons of the decision (for a decision without penalty: why).
 */
public record ProposalForm(@Nullable DecisionKind kind, @Nullable List<PenaltyKind> penalties,
                           @Nullable BigDecimal fine, @Nullable BigDecimal confiscation,
                           @Nullable BigDecimal illegalGains, @Nullable BigDecimal goodsValue, @Nullable String tier,
                           @Nullable String outsideReason, @Nullable String reason) {

    public List<PenaltyKind> penaltyList() {
        return penalties == null ? List.of() : penalties;
    }
}
