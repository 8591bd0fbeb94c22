package org.fazhi.inspection.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, approving and cancelling inspection plans. Who may: the justice bureau and the administrator for any
 * plan of their region; an agency's legal office for the plans its agency leads. Publishing and drawing are
 * {@link PlanDraws}'.
 */
@Service
public class Plans {

    static final String RECORD_TYPE = "inspection.plan";

    private final PlanRepository repository;
    private final PlanChoices choices;
    private final RandomnessSources sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(PlanRepository repository, PlanChoices choices, RandomnessSources sources, ApplicationEventPublisher events,
          Clock clock) {
        this.repository = repository;
        this.choices = choices;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The county's time zone: moments are shown, entered and committed to in it (Beijing time). */
    public ZoneId zone() {
        return clock.getZone();
    }

    public Page<InspectionPlan> search(SignedInUser user, @Nullable PlanStatus status, @Nullable Integer year,
                                       PageRequest page) {
        requireStaff(user);
        return repository.search(user.scope(), status, year, page);
    }

    /** A plan the user may see: of the user's region, and for agency users one their agency takes part in. */
    public InspectionPlan get(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id).filter(plan -> sees(user.scope(), plan))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    public boolean mayKeep(SignedInUser user, InspectionPlan plan) {
        return keeps(user, plan.leadAgencyId()) && user.scope().region().contains(plan.county());
    }

    @Transactional
    public InspectionPlan create(SignedInUser user, PlanForm form) {
        InspectionPlan plan = build(user, 0, form, user.getUsername());
        long id = repository.insert(plan);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, plan.county(), List.of("plan")));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public InspectionPlan update(SignedInUser user, long id, PlanForm form) {
        InspectionPlan current = requireKept(user, id);
        if (!current.isEditable()) {
            throw InvalidInput.of("", "inspection.plan.edit.not-draft");
        }
        repository.update(build(user, id, form, current.createdBy()));
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, current.county(), List.of("plan")));
        return repository.find(id).orElseThrow();
    }

    /** 审批: by someone other than the drafter, who may keep the plan. */
    @Transactional
    public InspectionPlan approve(SignedInUser user, long id, int version) {
        InspectionPlan plan = requireKept(user, id);
        plan.checkApprovableBy(user.getUsername());
        repository.approve(id, version, user.getUsername());
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, plan.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    InspectionPlan requireKept(SignedInUser user, long id) {
        InspectionPlan plan = get(user, id);
        if (!mayKeep(user, plan)) {
            throw new AccessDeniedException("plans are kept by the bureau and the lead agency's legal office");
        }
        return plan;
    }

    /** Every problem of the form beyond its own checks, by field. */
    public List<FieldProblem> problemsWith(SignedInUser user, PlanForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.leadAgencyId() != null && !keeps(user, form.leadAgencyId())) {
            problems.add(FieldProblem.of("leadAgencyId", "inspection.plan.lead.not-yours"));
        }
        problems.addAll(choices.problemsWith(user.scope(), agencies(form), form, today()));
        if (form.periodFrom() != null && form.periodTo() != null && form.periodTo().isBefore(form.periodFrom())) {
            problems.add(FieldProblem.of("periodTo", "inspection.plan.period.reversed"));
        }
        problems.addAll(sources.problemsWith(form, clock.instant(), clock.getZone()));
        return problems;
    }

    /** A plan as drafted: new plans always combine a committed secret with the public value they announce. */
    private InspectionPlan build(SignedInUser user, long id, PlanForm form, String createdBy) {
        List<FieldProblem> problems = problemsWith(user, form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PublicRandomness randomness = sources.announced(form, clock.getZone());
        return new InspectionPlan(id, user.region().county(), "", form.name().strip(), form.kind(),
                form.leadAgencyId(), List.copyOf(agencies(form)), form.itemIds().stream().distinct().toList(),
                Set.copyOf(orEmpty(form.townships())), Set.copyOf(orEmpty(form.industries())), Set.of(),
                form.periodFrom(), form.periodTo(), form.ratios(), form.inspectorsPerParty(),
                form.capPerInspector(), form.avoidsResidence(), SeedMode.COMBINED, randomness.name(), randomness,
                LocalDate.ofInstant(randomness.readingAt(), clock.getZone()),
                PlanStatus.DRAFT, createdBy, null, null, null, null, form.version());
    }

    private static Set<Long> agencies(PlanForm form) {
        Set<Long> agencies = new LinkedHashSet<>();
        if (form.leadAgencyId() != null) {
            agencies.add(form.leadAgencyId());
        }
        agencies.addAll(orEmpty(form.otherAgencyIds()));
        return agencies;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null
                && !value.toString().isBlank()).toList();
    }

    static boolean sees(DataScope scope, InspectionPlan plan) {
        boolean sameCounty = scope.region().contains(plan.county()) || plan.county().contains(scope.region());
        return sameCounty && (scope.agencyId() == null || plan.agencyIds().contains(scope.agencyId()));
    }

    private static boolean keeps(SignedInUser user, long leadAgencyId) {
        if (user.hasRole(Role.ADMIN, Role.SUPERVISOR)) {
            return true;
        }
        return user.hasRole(Role.AGENCY_ADMIN) && Long.valueOf(leadAgencyId).equals(user.agencyId());
    }

    static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises do not browse inspection plans");
        }
    }
}
