package org.fazhi.catalog.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.TierSummary;
import org.fazhi.platform.InvalidInput.FieldProblem;

/**
 * A tier of a discretion benchmark (e.g. 轻微、一般、较重、严重): the circumstances that place a case in it, the
 * penalty kinds it allows (行政处罚法第九条) and its fine. It allows a fine exactly when it has a fine rule.
 *
 * @param position 1-based order within the benchmark, lightest first
 */
public record BenchmarkTier(int position, String name, String circumstances, Set<PenaltyKind> kinds,
                            FineRule fineRule) {

    static final int MAX_NAME = 20;
    static final int MAX_CIRCUMSTANCES = 1000;

    public BenchmarkTier {
        kinds = Set.copyOf(kinds);
    }

    public boolean allowsFine() {
        return kinds.contains(PenaltyKind.FINE);
    }

    /** The kinds in the order of 第九条, for pages. */
    public List<PenaltyKind> sortedKinds() {
        return Arrays.stream(PenaltyKind.values()).filter(kinds::contains).toList();
    }

    /** Why the proposal falls outside this tier; empty when it fits. */
    List<Finding> judge(ProposedPenalty proposal) {
        List<Finding> findings = new ArrayList<>();
        for (PenaltyKind kind : PenaltyKind.values()) {
            if (proposal.kinds().contains(kind) && kind != PenaltyKind.FINE && !kinds.contains(kind)) {
                findings.add(Finding.kindNotAllowed(kind));
            }
        }
        if (proposal.proposesFine()) {
            if (allowsFine()) {
                findings.addAll(fineRule.judge(proposal.fine(), proposal.illegalGains(), proposal.goodsValue()));
            } else {
                findings.add(Finding.fineNotAllowed(proposal.fine()));
            }
        }
        return findings;
    }

    /** Problems with this tier alone, on the fields {@code prefix + name} etc. of its form row. */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > MAX_NAME) {
            problems.add(FieldProblem.of(prefix + "name", "catalog.benchmark.tier.name.size", MAX_NAME));
        }
        if (circumstances.isBlank() || circumstances.length() > MAX_CIRCUMSTANCES) {
            problems.add(FieldProblem.of(prefix + "circumstances", "catalog.benchmark.tier.circumstances.size",
                    MAX_CIRCUMSTANCES));
        }
        if (kinds.isEmpty()) {
            problems.add(FieldProblem.of(prefix + "kinds", "catalog.benchmark.tier.kinds.required"));
        } else if (allowsFine() && fineRule.isNone()) {
            problems.add(FieldProblem.of(prefix + "fineBasis", "catalog.benchmark.tier.fine.rule-required"));
        } else if (!allowsFine() && !fineRule.isNone()) {
            problems.add(FieldProblem.of(prefix + "kinds", "catalog.benchmark.tier.fine.kind-required"));
        }
        problems.addAll(fineRule.problems(prefix));
        return problems;
    }

    TierSummary summary() {
        return new TierSummary(position, name, circumstances, kinds, fineRule.basis(), fineRule.min(), fineRule.max(),
                fineRule.multipleMin(), fineRule.multipleMax());
    }
}
