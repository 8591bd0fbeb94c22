package org.fazhi.governance.decision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A major administrative decision (重大行政决策), an item of the county's yearly catalogue undertaken by one agency.
 * Life cycle: PLANNED while its procedures are recorded one by one (each with its day and evidence, at most once
 * each); DECIDED only once every required procedure was done on or before the decision's day — otherwise refused,
 * naming the missing ones; EVALUATED when its post-evaluation (后评估) is recorded. Nothing changes after.
 */
public final class MajorDecision {

    private static final String REGULATION = "重大行政决策程序暂行条例";

    /** What the catalogue lists: the decision's subject and the undertaking agency. */
    public record Item(long catalogueId, RegionCode county, long agencyId, String title) {
    }

    /** A procedure done: when, its evidence (minutes, reports, opinions), who recorded it. */
    public record Step(LocalDate on, String evidence, String recordedBy) {
    }

    /** The decision and its post-evaluation, as far as they went. */
    public record Outcome(@Nullable LocalDate decidedOn, @Nullable String decisionNote,
                          @Nullable LocalDate evaluatedOn, @Nullable String evaluation) {

        static Outcome none() {
            return new Outcome(null, null, null, null);
        }
    }

    private final long id;
    private final Item item;
    private final int version;
    private final Map<DecisionStepKind, Step> steps;
    private Outcome outcome;

    MajorDecision(long id, Item item, int version, Map<DecisionStepKind, Step> steps, Outcome outcome) {
        this.id = id;
        this.item = item;
        this.version = version;
        this.steps = steps.isEmpty() ? new EnumMap<>(DecisionStepKind.class) : new EnumMap<>(steps);
        this.outcome = outcome;
    }

    static MajorDecision planned(Item item) {
        return new MajorDecision(0, item, 0, Map.of(), Outcome.none());
    }

    /** 履行一项程序, before the decision and once. */
    void record(DecisionStepKind kind, Step step) {
        if (state() != DecisionState.PLANNED) {
            throw new RuleViolation("governance.decision.refused.decided", REGULATION);
        }
        if (steps.containsKey(kind)) {
            throw new RuleViolation("governance.decision.refused.step-recorded", REGULATION, named(kind));
        }
        steps.put(kind, step);
    }

    /** 作出决策: never before every required procedure is done, on or before {@code on}. */
    void decide(LocalDate on, String note, Set<DecisionStepKind> required) {
        if (state() != DecisionState.PLANNED) {
            throw new RuleViolation("governance.decision.refused.decided", REGULATION);
        }
        List<DecisionStepKind> missing = missing(required, on);
        if (!missing.isEmpty()) {
            throw new RuleViolation("governance.decision.refused.missing-steps", REGULATION, listed(missing));
        }
        outcome = new Outcome(on, note, null, null);
    }

    /** 决策后评估, once, not before the decision. */
    void evaluate(LocalDate on, String conclusion) {
        if (state() != DecisionState.DECIDED) {
            throw new RuleViolation("governance.decision.refused.not-decided", REGULATION);
        }
        if (on.isBefore(outcome.decidedOn())) {
            throw new RuleViolation("governance.decision.refused.date-before", REGULATION, on, outcome.decidedOn());
        }
        outcome = new Outcome(outcome.decidedOn(), outcome.decisionNote(), on, conclusion);
    }

    /** The required procedures not done by {@code on}, in their statutory order. */
    public List<DecisionStepKind> missing(Set<DecisionStepKind> required, LocalDate on) {
        return required.stream().sorted()
                .filter(kind -> !steps.containsKey(kind) || steps.get(kind).on().isAfter(on)).toList();
    }

    public DecisionState state() {
        if (outcome.evaluatedOn() != null) {
            return DecisionState.EVALUATED;
        }
        return outcome.decidedOn() == null ? DecisionState.PLANNED : DecisionState.DECIDED;
    }

    /** The steps' names joined as the county writes a list (公众参与、风险评估). */
    private static DefaultMessageSourceResolvable listed(List<DecisionStepKind> kinds) {
        return new DefaultMessageSourceResolvable(new String[] {"governance.decision.list." + kinds.size()},
                kinds.stream().map(MajorDecision::named).toArray());
    }

    private static DefaultMessageSourceResolvable named(DecisionStepKind kind) {
        return new DefaultMessageSourceResolvable("governance.decision.step." + kind);
    }

    public long id() { return id; }
    public Item item() { return item; }
    public int version() { return version; }
    public Map<DecisionStepKind, Step> steps() { return Map.copyOf(steps); }
    public Outcome outcome() { return outcome; }
}
