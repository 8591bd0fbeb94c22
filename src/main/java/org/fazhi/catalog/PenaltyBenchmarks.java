package org.fazhi.catalog;

import java.util.List;
import java.util.Locale;

import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.benchmark.BenchmarkRepository;
import org.fazhi.catalog.benchmark.DiscretionBenchmark;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What casework asks of the discretion benchmarks: is this proposed penalty within the item's benchmark for the
 * chosen tier, and if not, why (in Chinese, for the case file). Only a published benchmark in force on the
 * decision day counts (行政处罚法第三十四条).
 */
@Service
public class PenaltyBenchmarks {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final BenchmarkRepository benchmarks;
    private final MessageSource messages;

    PenaltyBenchmarks(BenchmarkRepository benchmarks, MessageSource messages) {
        this.benchmarks = benchmarks;
        this.messages = messages;
    }

    /** Whether the proposal fits the tier named {@code tierName} of item {@code itemId}'s benchmark. */
    public BenchmarkVerdict check(long itemId, String tierName, ProposedPenalty proposal) {
        return DiscretionBenchmark.verdict(benchmarks.findByItem(itemId), tierName, proposal);
    }

    /** The tiers of the item's published benchmark, lightest first; empty when it has none it may rely on. */
    public List<TierSummary> tiers(long itemId) {
        return benchmarks.findByItem(itemId).filter(DiscretionBenchmark::published)
                .map(DiscretionBenchmark::summaries).orElse(List.of());
    }

    /** The verdict's findings in Chinese, one sentence each. */
    public List<String> explain(BenchmarkVerdict verdict) {
        return verdict.findings().stream().map(this::explain).toList();
    }

    /**
     * One finding in Chinese. Every {@code catalog.verdict.*} message takes the same arguments: {0} the penalty
     * kind, {1} the base of a multiple, {2} the proposed fine, {3} the limit, {4} the tier, {5} the day.
     */
    public String explain(Finding finding) {
        Object[] arguments = {
                finding.kind() == null ? "" : label("catalog.benchmark.penalty-kind." + finding.kind().name()),
                finding.basis() == null ? "" : label("catalog.benchmark.base." + finding.basis().name()),
                money(finding.fine()), money(finding.limit()),
                finding.tier() == null ? "" : finding.tier(),
                finding.day() == null ? "" : finding.day().toString()};
        return messages.getMessage(finding.messageKey(), arguments, CHINESE);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, CHINESE);
    }

    private static String money(@Nullable Money amount) {
        return amount == null ? "" : amount.display();
    }
}
