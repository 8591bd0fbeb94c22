package org.fazhi.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.entities.PartyCard;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it: who inspects whom for which items when, its approval chain and its result. The
 * party is named with its display code (a person's ID number masked). Not the visit code: that has its own call.
 */
record TaskView(long id, String county, String code, TaskKind kind, TaskOrigin origin, @Nullable String originNote,
                @Nullable Long planId, long partyId, @Nullable String partyName, @Nullable String partyCode,
                long leadAgencyId, List<Long> agencyIds, List<Long> itemIds, LocalDate windowFrom,
                LocalDate windowTo, boolean emergency, TaskStatus status, FrequencyVerdict.Outcome frequencyOutcome,
                List<String> frequencyReasons, @Nullable Instant checkedInAt, @Nullable InspectionResult result,
                @Nullable LocalDate rectificationDue, @Nullable String resultNote, String createdBy,
                List<TaskInspector> inspectors, List<Approval> approvals, int version) {

    static TaskView of(InspectionTask task, @Nullable PartyCard party) {
        return new TaskView(task.id(), task.county().value(), task.code(), task.kind(), task.origin(),
                task.originNote(), task.planId(), task.partyId(), party == null ? null : party.name(),
                party == null ? null : party.displayCode(), task.leadAgencyId(), task.agencyIds(), task.itemIds(),
                task.windowFrom(), task.windowTo(), task.emergency(), task.status(), task.frequencyOutcome(),
                task.frequencyReasons(), task.checkedInAt(), task.result(), task.rectificationDue(),
                task.resultNote(), task.createdBy(), task.inspectors(), task.approvals(), task.version());
    }
}
