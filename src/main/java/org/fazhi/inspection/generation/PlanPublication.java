package org.fazhi.inspection.generation;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.inspection.conflict.ConflictDeclarations;
import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Conflict;
import org.fazhi.inspection.draw.Directories;
import org.fazhi.inspection.draw.DrawInputs;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.draw.RandomDraw;
import org.fazhi.inspection.plan.DirectorySnapshots;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.DrawRepository;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.PlanStatus;
import org.fazhi.inspection.plan.PublicRandomness;
import org.fazhi.inspection.task.DrawTasks;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskOrigin;
import org.fazhi.platform.FieldCipher;
import org.fazhi.registry.CertifiedOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A generated plan published and drawn for real, as {@code PlanDraws} does it: the directories frozen as canonical
 * lines with their SM3 digests, a secret sealed with its commitment (bound to the public drawing session the plan
 * announces) published, the session's value entered after its moment, the draw computed by {@link RandomDraw} from
 * exactly those inputs with the combined seed and recorded with its assignments, so that the public verification of
 * the plan recomputes the same result. Only the dates are those of the plan's year, and the session is simulated.
 */
@Component
class PlanPublication {

    /** When the plan was drafted, approved, published and drawn. */
    record Schedule(OffsetDateTime created, OffsetDateTime approved, OffsetDateTime published, OffsetDateTime drawn) {
    }

    private final JdbcClient jdbc;
    private final DirectorySnapshots snapshots;
    private final DrawRepository draws;
    private final ConflictDeclarations conflicts;
    private final FieldCipher cipher;

    PlanPublication(JdbcClient jdbc, DirectorySnapshots snapshots, DrawRepository draws,
                    ConflictDeclarations conflicts, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.draws = draws;
        this.conflicts = conflicts;
        this.cipher = cipher;
    }

    /** Records the plan as drawn and returns the draw's tasks: one per staffed party, as DrawTasks makes them. */
    List<TaskDraft> publishAndDraw(InspectionPlan draft, Schedule schedule, List<PartyEntry> directory,
                                   List<CertifiedOfficer> roster, String secret, DrawRecord.EnteredValue entered) {
        InspectionPlan plan = insert(draft, schedule, secret);
        List<InspectorEntry> inspectors = roster.stream().map(officer -> new InspectorEntry(officer.officerId(),
                officer.agencyId(), officer.certificateNumber(), officer.name())).toList();
        List<Conflict> declared = conflicts.inForce(inspectors.stream().map(InspectorEntry::officerId).toList(),
                schedule.published().toLocalDate()).stream()
                .map(d -> d.isResidence() ? Conflict.livesIn(d.officerId(), d.township().value())
                        : Conflict.withParty(d.officerId(), d.partyId()))
                .toList();
        snapshots.save(plan.id(), Kind.PARTIES, Directories.partyLines(directory));
        snapshots.save(plan.id(), Kind.INSPECTORS, Directories.inspectorLines(inspectors));
        snapshots.save(plan.id(), Kind.CONFLICTS, Directories.conflictLines(declared));
        draws.enter(plan, entered);
        String seed = CombinedSeed.seedOf(secret, entered.value());
        DrawOutcome outcome = RandomDraw.run(new DrawInputs(PlanDraws.rules(plan), directory, inspectors, declared,
                seed));
        draws.insert(plan, RandomDraw.ALGORITHM, seed, secret, Objects.requireNonNull(plan.approvedBy()), outcome,
                schedule.drawn().toInstant());
        Map<Long, InspectorEntry> byId = inspectors.stream()
                .collect(Collectors.toMap(InspectorEntry::officerId, Function.identity()));
        List<TaskDraft> tasks = new ArrayList<>(outcome.assignments().size());
        for (Assignment assignment : outcome.assignments()) {
            tasks.add(task(plan, assignment, byId, schedule.drawn()));
        }
        return tasks;
    }

    private static TaskDraft task(InspectionPlan plan, Assignment assignment, Map<Long, InspectorEntry> inspectors,
                                  OffsetDateTime drawn) {
        List<TaskInspector> team = assignment.officerIds().stream().map(inspectors::get)
                .map(entry -> new TaskInspector(entry.officerId(), entry.agencyId(), entry.name(),
                        entry.certificateNumber())).toList();
        return new TaskDraft(TaskKind.ROUTINE, TaskOrigin.DRAW, plan.code(), plan.id(), assignment.partyId(),
                plan.leadAgencyId(), plan.agencyIds(), plan.itemIds(), plan.periodFrom(), plan.periodTo(), team,
                DrawTasks.AUTHOR, drawn);
    }

    private InspectionPlan insert(InspectionPlan plan, Schedule schedule, String secret) {
        PublicRandomness randomness = Objects.requireNonNull(plan.randomness());
        String commitment = randomness.commitment(secret, Moments.BEIJING);
        long id = jdbc.sql("""
                insert into inspection.plan (region_code, code, name, kind, lead_agency_id, agency_ids, item_ids,
                       townships, period_from, period_to, ratio_a, ratio_b, ratio_c, ratio_d, ratio_unrated,
                       inspectors_per_party, cap_per_inspector, avoid_residence, seed_mode, seed_source,
                       randomness_source, reading_at, draw_on, status, created_by, created_at, approved_by,
                       approved_at, published_at, seed_commitment, seed_cipher, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3)
                returning id""")
                .params(plan.county().value(), plan.code(), plan.name(), plan.kind().name(), plan.leadAgencyId(),
                        plan.agencyIds().toArray(Long[]::new), plan.itemIds().toArray(Long[]::new),
                        plan.townships().stream().sorted().toArray(String[]::new), plan.periodFrom(),
                        plan.periodTo(), plan.ratios().a(), plan.ratios().b(), plan.ratios().c(), plan.ratios().d(),
                        plan.ratios().unrated(), plan.inspectorsPerParty(), plan.capPerInspector(),
                        plan.avoidResidence(), plan.seedMode().name(), plan.seedSource(), randomness.source(),
                        Timestamp.from(randomness.readingAt()), plan.drawOn(), PlanStatus.DRAWN.name(),
                        plan.createdBy(), at(schedule.created()), plan.approvedBy(), at(schedule.approved()),
                        at(schedule.published()), commitment, cipher.encrypt(secret))
                .query(Long.class).single();
        return new InspectionPlan(id, plan.county(), plan.code(), plan.name(), plan.kind(), plan.leadAgencyId(),
                plan.agencyIds(), plan.itemIds(), plan.townships(), plan.industries(), plan.grades(),
                plan.periodFrom(), plan.periodTo(), plan.ratios(), plan.inspectorsPerParty(), plan.capPerInspector(),
                plan.avoidResidence(), plan.seedMode(), plan.seedSource(), randomness, plan.drawOn(), PlanStatus.DRAWN,
                plan.createdBy(), plan.approvedBy(), schedule.published().toInstant(), commitment, null, 3);
    }

    private static Timestamp at(OffsetDateTime moment) {
        return Timestamp.from(moment.toInstant());
    }
}
