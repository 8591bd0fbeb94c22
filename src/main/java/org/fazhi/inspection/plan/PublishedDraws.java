package org.fazhi.inspection.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.DrawSeed;
import org.fazhi.inspection.draw.DrawVerifier;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.draw.Verification;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the public sees of plans (一公开): published plans, and for a drawn plan the whole draw as the
 * "fazhi-draw/1" document — assembled from what was stored and published (the digests published at the freeze,
 * the commitment, the revealed seed, the recorded result), so recomputing it checks the records themselves.
 */
@Service
public class PublishedDraws {

    private final PlanRepository plans;
    private final DirectorySnapshots snapshots;
    private final DrawRepository draws;

    PublishedDraws(PlanRepository plans, DirectorySnapshots snapshots, DrawRepository draws) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.draws = draws;
    }

    public Page<InspectionPlan> plans(@Nullable RegionCode county, PageRequest page) {
        return plans.published(county, page);
    }

    /** A published plan; drafts and approved plans are not public. */
    public InspectionPlan plan(long id) {
        return plans.find(id).filter(InspectionPlan::isPublished)
                .orElseThrow(() -> new NotFound(Plans.RECORD_TYPE, id));
    }

    public Optional<DrawRecord> draw(InspectionPlan plan) {
        return draws.ofPlan(plan.id());
    }

    /** The published document of the plan's draw; empty before the draw. */
    public Optional<PublishedDraw> document(long planId) {
        InspectionPlan plan = plan(planId);
        return draws.ofPlan(planId).map(draw -> document(plan, draw));
    }

    /** Recomputes the plan's draw from what was published and says whether it matches. */
    public Optional<Verification> verify(long planId) {
        return document(planId).map(new DrawVerifier()::verify);
    }

    private PublishedDraw document(InspectionPlan plan, DrawRecord draw) {
        Map<Kind, DirectorySnapshots.Summary> published = snapshots.summaries(plan.id()).stream()
                .collect(Collectors.toMap(DirectorySnapshots.Summary::kind, Function.identity()));
        DrawSeed seed = plan.seedMode() == SeedMode.COMMITTED
                ? new DrawSeed(DrawSeed.Mode.COMMITTED, draw.seed(), plan.seedCommitment(), null)
                : new DrawSeed(DrawSeed.Mode.PUBLIC_VALUE, draw.seed(), null, plan.seedSource());
        return new PublishedDraw(PublishedDraw.FORMAT, draw.algorithm(),
                new PublishedDraw.Plan(plan.code(), plan.name(), plan.county().value()), PlanDraws.rules(plan), seed,
                directory(plan.id(), published.get(Kind.PARTIES)),
                directory(plan.id(), published.get(Kind.INSPECTORS)),
                directory(plan.id(), published.get(Kind.CONFLICTS)),
                new DrawOutcome(draws.assignments(draw.id()), draw.unstaffed()));
    }

    private PublishedDraw.Directory directory(long planId, DirectorySnapshots.Summary summary) {
        List<String> lines = snapshots.lines(planId, summary.kind());
        return new PublishedDraw.Directory(summary.digest(), summary.lineCount(), lines);
    }
}
