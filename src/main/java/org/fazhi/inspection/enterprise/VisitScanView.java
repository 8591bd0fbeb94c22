package org.fazhi.inspection.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.Visits;
import org.fazhi.inspection.visit.VisitCheck;
import org.jspecify.annotations.Nullable;

/**
 * What scanning a visit code shows, as the visit page shows it: whether it is genuine (and if not, why) and, for a
 * genuine code, which inspection by which agencies and inspectors (their certificates' standing today) for which
 * items on which legal basis.
 */
record VisitScanView(VisitCheck.Outcome outcome, String message, @Nullable String taskCode, @Nullable TaskKind kind,
                     @Nullable LocalDate windowFrom, @Nullable LocalDate windowTo, boolean emergency,
                     @Nullable String partyName, List<String> agencies, List<Visits.Inspector> inspectors,
                     List<Visits.Item> items) {

    /** {@code message}: the visit page's sentence for the outcome. */
    static VisitScanView of(Visits.Scan scan, String message) {
        InspectionTask task = scan.task();
        return new VisitScanView(scan.outcome(), message, task == null ? null : task.code(),
                task == null ? null : task.kind(), task == null ? null : task.windowFrom(),
                task == null ? null : task.windowTo(), task != null && task.emergency(),
                scan.party() == null ? null : scan.party().name(), scan.agencies(), scan.inspectors(), scan.items());
    }
}
