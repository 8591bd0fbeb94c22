package org.fazhi.inspection.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.inspection.conflict.ConflictDeclaration;
import org.fazhi.inspection.conflict.ConflictDeclarations;
import org.fazhi.inspection.draw.Conflict;
import org.fazhi.inspection.draw.Directories;
import org.fazhi.inspection.draw.DrawInputs;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.DrawRules;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.draw.RandomDraw;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.inspection.task.DrawTasks;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's publication and its one draw (双随机一公开). Publishing freezes the party directory, the inspector
 * directory and the conflict list as canonical lines whose SM3 digests are published, and commits to a sealed secret
 * bound to a public value still to come; the draw, once that value is read and entered, is {@link RandomDraw} of
 * exactly those inputs with the seed combining both, so anyone can recompute it and nobody, the operator included,
 * knew the outcome at publication. There is no second draw: cancelling keeps the first on record.
 */
@Service
public class PlanDraws {

    private final Plans plans;
    private final PlanRepository repository;
    private final DirectorySnapshots snapshots;
    private final DrawRepository draws;
    private final PartyDirectory parties;
    private final CertifiedOfficers officers;
    private final ConflictDeclarations conflicts;
    private final PlanSeeds seeds;
    private final RandomnessSources sources;
    private final DrawTasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDraws(Plans plans, PlanRepository repository, DirectorySnapshots snapshots, DrawRepository draws,
              PartyDirectory parties, CertifiedOfficers officers, ConflictDeclarations conflicts, PlanSeeds seeds,
              RandomnessSources sources, DrawTasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.snapshots = snapshots;
        this.draws = draws;
        this.parties = parties;
        this.officers = officers;
        this.conflicts = conflicts;
        this.seeds = seeds;
        this.sources = sources;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** 公布计划: freezes the directories and commits to a secret bound to the public value still to come. */
    @Transactional
    public InspectionPlan publish(SignedInUser user, long id, int version) {
        InspectionPlan plan = plans.requireKept(user, id);
        Instant now = clock.instant();
        plan.checkPublishableAt(now, clock.getZone());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<InspectorEntry> inspectors = officers.roster(plan.agencyIds(), today).stream()
                .map(PlanDraws::inspector).toList();
        if (inspectors.size() < plan.inspectorsPerParty()) {
            throw InvalidInput.of("", "inspection.plan.publish.too-few-inspectors", inspectors.size(),
                    plan.inspectorsPerParty());
        }
        List<PartyEntry> directory = parties.directory(criteria(plan)).stream().map(PlanDraws::party).toList();
        List<Conflict> declared = conflicts.inForce(inspectors.stream().map(InspectorEntry::officerId).toList(), today)
                .stream().map(PlanDraws::conflict).toList();
        snapshots.save(id, Kind.PARTIES, Directories.partyLines(directory));
        snapshots.save(id, Kind.INSPECTORS, Directories.inspectorLines(inspectors));
        snapshots.save(id, Kind.CONFLICTS, Directories.conflictLines(declared));
        PlanSeeds.Sealed sealed = seeds.seal(Objects.requireNonNull(plan.randomness()));
        repository.publish(id, version, now, sealed.commitment(), sealed.cipher());
        events.publishEvent(DataChanged.updated(Plans.RECORD_TYPE, id, plan.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    /**
     * 随机抽取: once the announced moment has come, enters the public value read at its source (once, with who,
     * when and the witnesses of a public session), reveals the secret and draws with the seed combining both.
     */
    @Transactional
    public DrawRecord draw(SignedInUser user, long id, int version, PublicValue value) {
        InspectionPlan plan = plans.requireKept(user, id);
        draws.enteredValue(id).ifPresent(entered -> {
            throw RuleViolation.of("inspection.plan.draw.value-entered", entered.value(), entered.enteredBy());
        });
        Instant now = clock.instant();
        plan.checkDrawableAt(now, clock.getZone());
        PublicRandomness randomness = plan.randomness();
        if (randomness != null) {
            sources.checkEntry(randomness, value);
        }
        repository.markDrawn(id, version); // first: a second, concurrent draw waits for this row and then finds it stale
        if (randomness != null) {
            draws.enter(plan, new DrawRecord.EnteredValue(value.value(), value.witnesses(), user.getUsername(), now));
        }
        PlanSeeds.Drawn seed = seeds.seedFor(plan, value);
        DrawInputs inputs = inputs(plan, seed.seed());
        DrawOutcome outcome = RandomDraw.run(inputs);
        draws.insert(plan, RandomDraw.ALGORITHM, seed.seed(), seed.secret(), user.getUsername(), outcome, now);
        tasks.create(plan, outcome.assignments(), inputs.inspectors().stream()
                .collect(Collectors.toMap(InspectorEntry::officerId, java.util.function.Function.identity())));
        events.publishEvent(DataChanged.updated(Plans.RECORD_TYPE, id, plan.county(),
                randomness == null ? List.of("draw") : List.of("publicValue", "draw")));
        return draws.ofPlan(id).orElseThrow();
    }

    /** Cancels the plan, and its draw if there is one; both stay visible with the reason. */
    @Transactional
    public InspectionPlan cancel(SignedInUser user, long id, int version, @Nullable String reason) {
        InspectionPlan plan = plans.requireKept(user, id);
        plan.checkCancellable();
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "inspection.plan.cancel.reason.required");
        }
        Instant now = clock.instant();
        draws.ofPlan(id).ifPresent(draw -> {
            draws.cancel(draw.id(), reason.strip(), user.getUsername(), now);
            tasks.revokeOpen(id);
        });
        repository.cancel(id, version, reason.strip(), user.getUsername(), now);
        events.publishEvent(DataChanged.updated(Plans.RECORD_TYPE, id, plan.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    public Optional<DrawRecord> drawOf(InspectionPlan plan) {
        return draws.ofPlan(plan.id());
    }

    /** The draw's inputs exactly as frozen: what the draw used and what verification recomputes. */
    public DrawInputs inputs(InspectionPlan plan, String seed) {
        return new DrawInputs(rules(plan), Directories.parseParties(snapshots.lines(plan.id(), Kind.PARTIES)),
                Directories.parseInspectors(snapshots.lines(plan.id(), Kind.INSPECTORS)),
                Directories.parseConflicts(snapshots.lines(plan.id(), Kind.CONFLICTS)), seed);
    }

    public static DrawRules rules(InspectionPlan plan) {
        return new DrawRules(plan.ratios().byGrade(), plan.inspectorsPerParty(), plan.capPerInspector(),
                plan.avoidResidence());
    }

    private static PartyDirectory.Criteria criteria(InspectionPlan plan) {
        return new PartyDirectory.Criteria(plan.county(),
                plan.townships().stream().map(RegionCode::of).collect(Collectors.toSet()), plan.industries(),
                plan.grades().stream().map(CreditGrade::valueOf).collect(Collectors.toSet()));
    }

    private static PartyEntry party(PartyDirectory.Entry entry) {
        return new PartyEntry(entry.partyId(), entry.grade() == null ? "-" : entry.grade().name(),
                entry.township().value());
    }

    private static InspectorEntry inspector(CertifiedOfficer officer) {
        return new InspectorEntry(officer.officerId(), officer.agencyId(), officer.certificateNumber(), officer.name());
    }

    private static Conflict conflict(ConflictDeclaration declaration) {
        return declaration.isResidence() ? Conflict.livesIn(declaration.officerId(), declaration.township().value())
                : Conflict.withParty(declaration.officerId(), declaration.partyId());
    }
}
