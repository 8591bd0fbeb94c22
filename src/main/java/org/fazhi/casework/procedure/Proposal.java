package org.fazhi.casework.procedure;

import java.util.EnumSet;
import java.util.Set;

import org.fazhi.casework.DecisionKind;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A decision as proposed at the end of the investigation, as notified to the party, or as finally taken: its kind,
 * the penalties with the fine and the confiscated amount, the discretion tier relied on and whether the penalty is
 * within it (null when no benchmark applies, i.e. no penalty), and the written reason when it is not.
 */
public record Proposal(DecisionKind kind, Set<PenaltyKind> penalties, Money fine, Money confiscation,
                       @Nullable String tier, @Nullable Boolean withinBenchmark, @Nullable String outsideReason) {

    public Proposal {
        EnumSet<PenaltyKind> all = EnumSet.noneOf(PenaltyKind.class);
        all.addAll(penalties);
        if (kind.imposesPenalty() && !fine.isZero()) {
            all.add(PenaltyKind.FINE);
        }
        penalties = kind.imposesPenalty() ? Set.copyOf(all) : Set.of();
        fine = kind.imposesPenalty() ? fine : Money.ZERO;
        confiscation = kind.imposesPenalty() ? confiscation : Money.ZERO;
    }

    /** A decision without a penalty: no kinds, no amounts, no benchmark. */
    public static Proposal without(DecisionKind kind) {
        return new Proposal(kind, Set.of(), Money.ZERO, Money.ZERO, null, null, null);
    }

    /** A penalty that stays within its benchmark, or that gives its reason for leaving it. */
    public boolean isJustified() {
        if (!kind.imposesPenalty()) {
            return true;
        }
        return withinBenchmark != null
                && (withinBenchmark || (outsideReason != null && !outsideReason.isBlank()));
    }

    /** Heavier than {@code notified}: another kind of penalty, or a larger fine or confiscation (第四十五条). */
    public boolean isHeavierThan(Proposal notified) {
        if (!kind.imposesPenalty()) {
            return false;
        }
        return !notified.kind().imposesPenalty() || !notified.penalties().containsAll(penalties)
                || fine.isGreaterThan(notified.fine()) || confiscation.isGreaterThan(notified.confiscation());
    }

    public boolean isOutsideBenchmark() {
        return Boolean.FALSE.equals(withinBenchmark);
    }
}
