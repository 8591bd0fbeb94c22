package org.fazhi.catalog.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.catalog.BenchmarkVerdict;
import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.BenchmarkVerdict.Reason;
import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.jspecify.annotations.Nullable;

/** A verdict as the API and the 试算 form show it: each finding with its figures (yuan) and its Chinese sentence. */
public record VerdictView(boolean within, List<FindingView> findings) {

    public record FindingView(Reason reason, @Nullable PenaltyKind kind, @Nullable FineBasis basis,
                              @Nullable String fine, @Nullable String limit, @Nullable String tier,
                              @Nullable LocalDate day, String message) {
    }

    static VerdictView of(BenchmarkVerdict verdict, PenaltyBenchmarks benchmarks) {
        List<FindingView> findings = new ArrayList<>();
        for (Finding finding : verdict.findings()) {
            findings.add(new FindingView(finding.reason(), finding.kind(), finding.basis(),
                    BenchmarkView.yuan(finding.fine()), BenchmarkView.yuan(finding.limit()), finding.tier(),
                    finding.day(), benchmarks.explain(finding)));
        }
        return new VerdictView(verdict.within(), findings);
    }
}
