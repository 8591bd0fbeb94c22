package org.fazhi.inspection.plan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.DrawSeed;
import org.fazhi.inspection.draw.DrawVerifier;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.draw.SingleSourceSeed;
import org.fazhi.inspection.draw.Verification;
import org.fazhi.inspection.plan.DirectorySnapshots.Kind;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the public sees of plans (一公开): published plans, and for a drawn plan the whole draw as its document
 * ("fazhi-draw/2"; "fazhi-draw/1" for plans published before combined seeds) — assembled from what was stored and
 * published (the digests published at the freeze, the commitment and the announced public randomness, the revealed
 * secret, the public value as entered, the recorded seed and result), so recomputing it checks the records themselves.
 */
@Service
public class PublishedDraws {

    private final PlanRepository plans;
    private final DirectorySnapshots snapshots;
    private final DrawRepository draws;
    private final ZoneId zone;

    PublishedDraws(PlanRepository plans, DirectorySnapshots snapshots, DrawRepository draws, Clock clock) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.draws = draws;
        this.zone = clock.getZone();
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
        DrawSeed seed = switch (plan.seedMode()) {
            case COMBINED -> combined(plan, draw);
            case COMMITTED -> new SingleSourceSeed(SingleSourceSeed.Mode.COMMITTED, draw.seed(), plan.seedCommitment(),
                    null);
            case PUBLIC_VALUE -> new SingleSourceSeed(SingleSourceSeed.Mode.PUBLIC_VALUE, draw.seed(), null,
                    plan.seedSource());
        };
        return new PublishedDraw(PublishedDraw.formatOf(seed), draw.algorithm(),
                new PublishedDraw.Plan(plan.code(), plan.name(), plan.county().value()), PlanDraws.rules(plan), seed,
                directory(plan.id(), published.get(Kind.PARTIES)),
                directory(plan.id(), published.get(Kind.INSPECTORS)),
                directory(plan.id(), published.get(Kind.CONFLICTS)),
                new DrawOutcome(draws.assignments(draw.id()), draw.unstaffed()));
    }

    /** The seed as recorded, not recomputed: the verifier recomputes it. */
    private CombinedSeed combined(InspectionPlan plan, DrawRecord draw) {
        PublicRandomness randomness = Objects.requireNonNull(plan.randomness());
        DrawRecord.EnteredValue entered = Objects.requireNonNull(draw.publicValue());
        return new CombinedSeed(CombinedSeed.CONSTRUCTION,
                randomness.announcement(Objects.requireNonNull(plan.seedCommitment()),
                        Objects.requireNonNull(plan.publishedAt()), zone),
                Objects.requireNonNull(draw.secret()), new CombinedSeed.Entry(entered.value(), entered.enteredBy(),
                        PublicRandomness.moment(entered.enteredAt(), zone), entered.witnesses()), draw.seed());
    }

    private PublishedDraw.Directory directory(long planId, DirectorySnapshots.Summary summary) {
        List<String> lines = snapshots.lines(planId, summary.kind());
        return new PublishedDraw.Directory(summary.digest(), summary.lineCount(), lines);
    }
}
