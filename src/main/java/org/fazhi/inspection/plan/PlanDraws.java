package org.fazhi.inspection.plan;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
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
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.Sm3;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's publication and its one draw (双随机一公开). Publishing freezes the party directory, the inspector
 * directory and the conflict list as canonical lines whose SM3 digests are published, and commits to a seed
 * nobody could know then; the draw, on or after the announced day, is {@link RandomDraw} of exactly those
 * inputs, so anyone can recompute it. There is no second draw: cancelling keeps the first on record.
 */
@Service
public class PlanDraws {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Plans plans;
    private final PlanRepository repository;
    private final DirectorySnapshots snapshots;
    private final DrawRepository draws;
    private final PartyDirectory parties;
    private final CertifiedOfficers officers;
    private final ConflictDeclarations conflicts;
    private final FieldCipher cipher;
    private final DrawTasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDraws(Plans plans, PlanRepository repository, DirectorySnapshots snapshots, DrawRepository draws,
              PartyDirectory parties, CertifiedOfficers officers, ConflictDeclarations conflicts, FieldCipher cipher,
              DrawTasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.snapshots = snapshots;
        this.draws = draws;
        this.parties = parties;
        this.officers = officers;
        this.conflicts = conflicts;
        this.cipher = cipher;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** 公布计划: freezes the directories and commits to the seed. */
    @Transactional
    public InspectionPlan publish(SignedInUser user, long id, int version) {
        InspectionPlan plan = plans.requireKept(user, id);
        plan.checkPublishable();
        LocalDate today = LocalDate.now(clock);
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
        String commitment = null;
        String sealed = null;
        if (plan.seedMode() == SeedMode.COMMITTED) {
            byte[] secret = new byte[32];
            SEEDS.nextBytes(secret);
            String seed = HexFormat.of().formatHex(secret);
            commitment = Sm3.hex(Sm3.digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            sealed = cipher.encrypt(seed);
        }
        repository.publish(id, version, commitment, sealed);
        events.publishEvent(DataChanged.updated(Plans.RECORD_TYPE, id, plan.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    /** 随机抽取: reveals the committed seed (or takes the announced public value) and draws, once. */
    @Transactional
    public DrawRecord draw(SignedInUser user, long id, int version, @Nullable String publicValue) {
        InspectionPlan plan = plans.requireKept(user, id);
        plan.checkDrawableOn(LocalDate.now(clock));
        String seed = seed(plan, publicValue);
        DrawInputs inputs = inputs(plan, seed);
        DrawOutcome outcome = RandomDraw.run(inputs);
        draws.insert(plan, RandomDraw.ALGORITHM, seed, user.getUsername(), outcome);
        tasks.create(plan, outcome.assignments(), inputs.inspectors().stream()
                .collect(Collectors.toMap(InspectorEntry::officerId, java.util.function.Function.identity())));
        repository.markDrawn(id, version);
        events.publishEvent(DataChanged.updated(Plans.RECORD_TYPE, id, plan.county(), List.of("draw")));
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
        draws.ofPlan(id).ifPresent(draw -> {
            draws.cancel(draw.id(), reason.strip(), user.getUsername());
            tasks.revokeOpen(id);
        });
        repository.cancel(id, version, reason.strip(), user.getUsername());
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

    private String seed(InspectionPlan plan, @Nullable String publicValue) {
        if (plan.seedMode() == SeedMode.COMMITTED) {
            return cipher.decrypt(repository.seedCipher(plan.id()).orElseThrow());
        }
        if (publicValue == null || publicValue.isBlank()) {
            throw InvalidInput.of("seed", "inspection.plan.draw.seed.required", plan.seedSource());
        }
        return publicValue.strip();
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
