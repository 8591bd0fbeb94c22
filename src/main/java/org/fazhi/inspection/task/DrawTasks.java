package org.fazhi.inspection.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.plan.InspectionPlan;
import org.springframework.stereotype.Component;

/**
 * The 日常检查 tasks a draw yields: one per selected party, by the plan's agencies (a joint plan: one joint visit),
 * for the plan's items, in the plan's period, with the two drawn inspectors, each through the frequency rules and
 * the approval chain like any other inspection.
 */
@Component
public class DrawTasks {

    /** Tasks a draw creates are nobody's own, so whoever drew may still approve them. */
    public static final String AUTHOR = "system:draw";

    private final TaskRepository repository;
    private final TaskFrequency frequency;
    private final ApprovalChain chain;
    private final PartyDirectory parties;
    private final JointVisits jointVisits;

    DrawTasks(TaskRepository repository, TaskFrequency frequency, ApprovalChain chain, PartyDirectory parties,
              JointVisits jointVisits) {
        this.jointVisits = jointVisits;
        this.repository = repository;
        this.frequency = frequency;
        this.chain = chain;
        this.parties = parties;
    }

    /** Creates the tasks; returns how many. Runs inside the draw's transaction. */
    public int create(InspectionPlan plan, List<Assignment> assignments, Map<Long, InspectorEntry> inspectors) {
        Set<Long> fiveAbove = parties.findAll(assignments.stream().map(Assignment::partyId).toList()).stream()
                .filter(PartyCard::fiveAbove).map(PartyCard::id).collect(Collectors.toSet());
        for (Assignment assignment : assignments) {
            FrequencyVerdict verdict = frequency.assess(assignment.partyId(), plan.leadAgencyId(), TaskKind.ROUTINE,
                    plan.periodFrom());
            boolean refused = verdict.outcome() == FrequencyVerdict.Outcome.REFUSED;
            List<TaskInspector> team = assignment.officerIds().stream().map(inspectors::get)
                    .map(entry -> new TaskInspector(entry.officerId(), entry.agencyId(), entry.name(),
                            entry.certificateNumber())).toList();
            repository.insert(new InspectionTask(0, plan.county(), "", TaskKind.ROUTINE, TaskOrigin.DRAW,
                    plan.code(), plan.id(), assignment.partyId(), plan.leadAgencyId(), plan.agencyIds(),
                    plan.itemIds(), plan.periodFrom(), plan.periodTo(), false,
                    refused ? TaskStatus.REFUSED : TaskStatus.AWAITING_APPROVAL, verdict.outcome(), verdict.reasons(),
                    1, null, null, null, null, AUTHOR, team,
                    refused ? List.of() : chain.steps(fiveAbove.contains(assignment.partyId()), verdict), 0));
            jointVisits.refresh(assignment.partyId());
        }
        return assignments.size();
    }

    /** A cancelled draw's open tasks are revoked, their visit codes with them. */
    public void revokeOpen(long planId) {
        repository.revokeOpenOfPlan(planId);
    }
}
