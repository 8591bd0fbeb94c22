package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.BenchmarkVerdict;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Turns a proposal form into a {@link Proposal}, weighed against the discretion benchmark of the case's (first)
 * penalty item on the day (行政处罚法第三十四条): within it, or outside it with the findings that say why, which the
 * case keeps; the procedure then wants a written reason for a penalty outside.
 */
@Component
class Proposals {

    /** The proposal and the benchmark's findings about it, in Chinese (none when within). */
    record Weighed(Proposal proposal, List<String> findings) {
    }

    private final PenaltyBenchmarks benchmarks;

    Proposals(PenaltyBenchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    Weighed weigh(PenaltyCase c, ProposalForm form, LocalDate day) {
        DecisionKind kind = form.kind();
        if (kind == null) {
            throw InvalidInput.of("kind", "casework.input.required");
        }
        if (!kind.imposesPenalty()) {
            return new Weighed(Proposal.without(kind), List.of());
        }
        Money fine = Input.yuan("fine", form.fine());
        Money confiscation = Input.yuan("confiscation", form.confiscation());
        Set<PenaltyKind> penalties = EnumSet.noneOf(PenaltyKind.class);
        penalties.addAll(form.penaltyList());
        if (penalties.isEmpty() && fine.isZero()) {
            throw InvalidInput.of("penalties", "casework.proposal.penalty-required");
        }
        String tier = Input.text("tier", form.tier());
        BenchmarkVerdict verdict = benchmarks.check(c.investigation().itemIds().get(0), tier,
                new ProposedPenalty(penalties, fine.isZero() ? null : fine,
                        Input.yuanOrNull("illegalGains", form.illegalGains()),
                        Input.yuanOrNull("goodsValue", form.goodsValue()), day));
        Proposal proposal = new Proposal(kind, penalties, fine, confiscation, tier, verdict.within(),
                Input.optional(form.outsideReason()));
        return new Weighed(proposal, benchmarks.explain(verdict));
    }
}
