package org.fazhi.catalog.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks on a benchmark that need the database, shared by the form, the API and the demo: its item exists in
 * the user's scope, is a penalty item (only penalties have discretion benchmarks) and has no benchmark yet; the
 * benchmark's own checks are {@link DiscretionBenchmark#problems()}.
 */
@Component
class BenchmarkRules {

    private final ItemRefs items;
    private final BenchmarkRepository benchmarks;

    BenchmarkRules(ItemRefs items, BenchmarkRepository benchmarks) {
        this.items = items;
        this.benchmarks = benchmarks;
    }

    /** The benchmark the form describes, as a draft; {@code current} is the one being changed, or null for a new one. */
    DiscretionBenchmark toBenchmark(SignedInUser user, @Nullable DiscretionBenchmark current, BenchmarkForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        ItemRef item = current != null ? current.item() : item(user, form.itemId(), problems);
        List<BenchmarkTier> tiers = form.toTiers(problems);
        boolean unreadableRows = problems.stream().anyMatch(problem -> problem.field().startsWith("tiers["));
        if (form.effectiveFrom() == null) {
            problems.add(FieldProblem.of("effectiveFrom", "catalog.benchmark.effective-from.required"));
        }
        DiscretionBenchmark.problemsOf(BenchmarkForm.text(form.title()), form.basis(), tiers).stream()
                .filter(problem -> !(unreadableRows && problem.field().equals("tiers")))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String basis = BenchmarkForm.text(form.basis());
        return new DiscretionBenchmark(current == null ? 0 : current.id(), Objects.requireNonNull(item),
                BenchmarkForm.text(form.title()), basis.isEmpty() ? null : basis, false,
                Objects.requireNonNull(form.effectiveFrom()), tiers, form.version());
    }

    /** Every problem with the form, for pages that show them beside the form's own. */
    List<FieldProblem> problems(SignedInUser user, @Nullable DiscretionBenchmark current, BenchmarkForm form) {
        try {
            toBenchmark(user, current, form);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    private @Nullable ItemRef item(SignedInUser user, @Nullable Long itemId, List<FieldProblem> problems) {
        if (itemId == null) {
            problems.add(FieldProblem.of("itemId", "catalog.benchmark.item.required"));
            return null;
        }
        ItemRef item = items.find(itemId).filter(found -> found.isVisibleIn(user.scope())).orElse(null);
        if (item == null) {
            problems.add(FieldProblem.of("itemId", "catalog.benchmark.item.unknown"));
        } else if (!item.isPenalty()) {
            problems.add(FieldProblem.of("itemId", "catalog.benchmark.item.not-penalty"));
        } else if (benchmarks.findByItem(item.id()).isPresent()) {
            problems.add(FieldProblem.of("itemId", "catalog.benchmark.item.taken"));
        }
        return item;
    }
}
