package org.fazhi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.inspection.frequency.MergeProposal;
import org.fazhi.inspection.frequency.MergeProposals;
import org.fazhi.inspection.frequency.PlannedVisit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 综合查一次: finding the visits to propose as joint ones among a county's year of planned visits (default 100,000
 * visits to 25,000 parties by 40 agencies; {@code -Dbench.visits}). Pure computation, best of three runs after a
 * warm-up; results in target/benchmarks/merge-proposals.txt.
 */
@Tag("benchmark")
class MergeProposalsBenchmark {

    @Test
    void measuresProposalsOverACountysYearOfPlannedVisits() throws Exception {
        int count = BenchmarkReport.size("bench.visits", 100_000);
        Random random = new Random(42);
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        List<PlannedVisit> planned = new ArrayList<>(count);
        for (int task = 0; task < count; task++) {
            LocalDate from = newYear.plusDays(random.nextInt(350));
            planned.add(new PlannedVisit(task, random.nextInt(count / 4), random.nextInt(40), from,
                    from.plusDays(random.nextInt(15))));
        }
        MergeProposals.find(planned); // warm-up, as in a running application

        long bestMillis = Long.MAX_VALUE;
        List<MergeProposal> proposals = List.of();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            proposals = MergeProposals.find(planned);
            bestMillis = Math.min(bestMillis, (System.nanoTime() - start) / 1_000_000);
        }

        assertThat(proposals).hasSizeGreaterThan(count / 10);
        BenchmarkReport.write("merge-proposals", List.of(String.format(
                "planned visits=%d  proposals=%d  best of 3: %d ms", count, proposals.size(), bestMillis)));
    }
}
