package org.fazhi.inspection.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * A visit as its enterprise sees it on its own page: which inspection, when, by whom (names and certificate
 * numbers), in which state, and its own rating once given. Nothing of the agencies' internal approvals.
 */
record EnterpriseVisitView(long id, String code, TaskKind kind, LocalDate windowFrom, LocalDate windowTo,
                           boolean emergency, TaskStatus status, List<Inspector> inspectors,
                           @Nullable Evaluation evaluation) {

    record Inspector(String name, String certificateNumber) {
    }

    static EnterpriseVisitView of(InspectionTask task, @Nullable Evaluation evaluation) {
        return new EnterpriseVisitView(task.id(), task.code(), task.kind(), task.windowFrom(), task.windowTo(),
                task.emergency(), task.status(), task.inspectors().stream()
                .map(inspector -> new Inspector(inspector.name(), inspector.certificateNumber())).toList(),
                evaluation);
    }
}
