package org.fazhi.inspection.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.frequency.FrequencyPolicy;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.frequency.PastVisit;
import org.fazhi.inspection.frequency.ProposedVisit;
import org.fazhi.inspection.history.ImportedInspections;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.stereotype.Component;

/**
 * 精准管控执法频次 for a proposed task: the party's inspections (imported history too) and non-enforcement visits
 * since the start of last year (the repeat warning looks across New Year) as the frequency policy reads them — each
 * agency of a joint visit once, the visit once across agencies — judged by the county's published rules.
 */
@Component
class TaskFrequency {

    private final TaskRepository tasks;
    private final OtherVisits otherVisits;
    private final ImportedInspections imported;
    private final InspectionProperties rules;
    private final AgencyDirectory agencies;

    TaskFrequency(TaskRepository tasks, OtherVisits otherVisits, ImportedInspections imported,
                  InspectionProperties rules, AgencyDirectory agencies) {
        this.tasks = tasks;
        this.otherVisits = otherVisits;
        this.imported = imported;
        this.rules = rules;
        this.agencies = agencies;
    }

    FrequencyVerdict assess(long partyId, long agencyId, TaskKind kind, LocalDate day) {
        LocalDate since = day.withDayOfYear(1).minusYears(1);
        List<PastVisit> history = new ArrayList<>(otherVisits.since(partyId, since));
        history.addAll(imported.visitsSince(partyId, since));
        for (InspectionTask task : tasks.ofParty(partyId, since)) {
            if (task.status() == TaskStatus.REFUSED || task.status() == TaskStatus.REVOKED) {
                continue;
            }
            for (long agency : task.agencyIds()) {
                history.add(new PastVisit(task.windowFrom(), agency, task.kind().visitKind(), task.isJoint(), task.id()));
            }
        }
        return FrequencyPolicy.assess(rules.frequencyRules(), history,
                new ProposedVisit(day, agencyId, kind.visitKind()),
                id -> agencies.nameOf(id).orElse("其他部门"));
    }
}
