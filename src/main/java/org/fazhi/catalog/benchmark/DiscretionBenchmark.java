package org.fazhi.catalog.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.catalog.BenchmarkVerdict;
import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.BenchmarkVerdict.Reason;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.TierSummary;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The discretion benchmark (裁量基准) of one penalty item: its tiers, from the lightest up. Drafted by the bureau
 * or the item's agency, then published (行政处罚法第三十四条: benchmarks must be made public); only a published
 * benchmark in force on the decision day is one a case may rely on. Changing it takes it back to a draft, to be
 * published again.
 *
 * @param basis the document that sets the benchmark (e.g. 郏县市场监督管理局行政处罚裁量基准（2026年版）)
 */
public record DiscretionBenchmark(long id, ItemRef item, String title, @Nullable String basis, boolean published,
                                  LocalDate effectiveFrom, List<BenchmarkTier> tiers, int version) {

    public static final int MAX_TIERS = 5;
    static final int MAX_TITLE = 200;
    static final int MAX_BASIS = 2000;

    public DiscretionBenchmark {
        tiers = List.copyOf(tiers);
    }

    public RegionCode region() {
        return item.region();
    }

    public Optional<BenchmarkTier> tier(String name) {
        return tiers.stream().filter(tier -> tier.name().equals(name.strip())).findFirst();
    }

    public List<TierSummary> summaries() {
        return tiers.stream().map(BenchmarkTier::summary).toList();
    }

    /** In force on the day: the benchmark has started and its item version is current. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && item.isInForceOn(day);
    }

    /** The verdict on a proposal for an item that may have no benchmark at all. */
    public static BenchmarkVerdict verdict(Optional<DiscretionBenchmark> benchmark, String tierName,
                                           ProposedPenalty proposal) {
        return benchmark.map(found -> found.judge(tierName, proposal))
                .orElseGet(() -> BenchmarkVerdict.of(List.of(Finding.of(Reason.NO_BENCHMARK))));
    }

    /** Whether the proposal stays within the named tier, and every reason it does not. */
    public BenchmarkVerdict judge(String tierName, ProposedPenalty proposal) {
        List<Finding> findings = new ArrayList<>();
        if (!published) {
            findings.add(Finding.of(Reason.BENCHMARK_NOT_PUBLISHED));
        }
        if (!isInForceOn(proposal.decidedOn())) {
            findings.add(Finding.notInForce(proposal.decidedOn()));
        }
        tier(tierName).ifPresentOrElse(tier -> findings.addAll(tier.judge(proposal)),
                () -> findings.add(Finding.tierUnknown(tierName.strip())));
        return BenchmarkVerdict.of(findings);
    }

    /**
     * What is wrong with this benchmark as drafted: title and basis lengths, one to {@value #MAX_TIERS} tiers with
     * distinct names, and each tier's own problems. Tier fields are named after their form rows
     * ({@code tiers[0].name}), which are the tiers' positions less one.
     */
    public List<FieldProblem> problems() {
        return problemsOf(title, basis, tiers);
    }

    static List<FieldProblem> problemsOf(String title, @Nullable String basis, List<BenchmarkTier> tiers) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title.strip().length() < 2 || title.length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "catalog.benchmark.title.size", MAX_TITLE));
        }
        if (basis != null && basis.length() > MAX_BASIS) {
            problems.add(FieldProblem.of("basis", "catalog.benchmark.basis.size", MAX_BASIS));
        }
        if (tiers.isEmpty()) {
            problems.add(FieldProblem.of("tiers", "catalog.benchmark.tiers.required"));
        } else if (tiers.size() > MAX_TIERS) {
            problems.add(FieldProblem.of("tiers", "catalog.benchmark.tiers.too-many", MAX_TIERS));
        }
        Set<String> names = new HashSet<>();
        for (BenchmarkTier tier : tiers) {
            String prefix = "tiers[" + (tier.position() - 1) + "].";
            if (!names.add(tier.name().strip())) {
                problems.add(FieldProblem.of(prefix + "name", "catalog.benchmark.tier.name.duplicate", tier.name()));
            }
            problems.addAll(tier.problems(prefix));
        }
        return problems;
    }
}
