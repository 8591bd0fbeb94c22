package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.checklist.InspectionForms;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection tasks outside the draws (个案、专项), their approval chain, conclusion and revocation. Only published
 * inspection items may be cited (清单之外无检查) and only officers certified for the whole window may inspect; the
 * frequency rules may refuse a task (it is kept, refused, so the attempt shows) or send it up for approval.
 */
@Service
public class Tasks {

    static final String RECORD_TYPE = "inspection.task";

    private final TaskRepository repository;
    private final TaskFrequency frequency;
    private final ApprovalChain chain;
    private final PartyDirectory parties;
    private final CertifiedOfficers officers;
    private final PlanChoices choices;
    private final JointVisits jointVisits;
    private final InspectionForms forms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tasks(TaskRepository repository, TaskFrequency frequency, ApprovalChain chain, PartyDirectory parties,
          CertifiedOfficers officers, PlanChoices choices, JointVisits jointVisits, InspectionForms forms,
          ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.jointVisits = jointVisits;
        this.repository = repository;
        this.frequency = frequency;
        this.chain = chain;
        this.parties = parties;
        this.officers = officers;
        this.choices = choices;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<InspectionTask> search(SignedInUser user, TaskRepository.Search search, PageRequest page) {
        requireStaff(user);
        return repository.search(user.scope(), search, page);
    }

    public InspectionTask get(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id).filter(task -> sees(user, task)).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The inspectors an agency may send in the window: certified on its first and its last day. */
    public List<CertifiedOfficer> inspectors(long agencyId, LocalDate from, LocalDate to) {
        Set<Long> stillCertified = officers.roster(List.of(agencyId), to).stream().map(CertifiedOfficer::officerId)
                .collect(Collectors.toSet());
        return officers.roster(List.of(agencyId), from).stream()
                .filter(officer -> stillCertified.contains(officer.officerId())).toList();
    }

    @Transactional
    public InspectionTask create(SignedInUser user, TaskForm form) {
        if (!user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER) || user.agencyId() == null) {
            throw new AccessDeniedException("tasks are asked for by an agency's officers and legal office");
        }
        long agencyId = user.agencyId();
        PartyCard party = parties.findByCreditCode(form.partyCode())
                .filter(card -> user.region().county().contains(card.region()))
                .orElseThrow(() -> InvalidInput.of("partyCode", "inspection.task.party.unknown"));
        List<TaskInspector> inspectors = checkedInspectors(agencyId, form);
        FrequencyVerdict verdict = frequency.assess(party.id(), agencyId, form.kind(), form.windowFrom());
        boolean refused = verdict.outcome() == FrequencyVerdict.Outcome.REFUSED;
        InspectionTask task = new InspectionTask(0, user.region().county(), "", form.kind(), form.origin(),
                blankToNull(form.originNote()), null, party.id(), agencyId, List.of(agencyId),
                form.itemIds().stream().distinct().toList(), form.windowFrom(), form.windowTo(),
                form.isEmergency(), refused ? TaskStatus.REFUSED : TaskStatus.AWAITING_APPROVAL, verdict.outcome(),
                verdict.reasons(), 1, null, null, null, null, user.getUsername(), inspectors,
                refused ? List.of() : chain.steps(party.fiveAbove(), verdict), 0);
        long id = repository.insert(task);
        jointVisits.refresh(party.id());
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, task.county(), List.of("task")));
        return repository.find(id).orElseThrow();
    }

    private List<TaskInspector> checkedInspectors(long agencyId, TaskForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.windowTo().isBefore(form.windowFrom())) {
            throw InvalidInput.of("windowTo", "inspection.task.window.reversed");
        }
        Set<Long> items = choices.inspectionItems(choices.countyOf(agencyId), List.of(agencyId), form.windowFrom())
                .stream().map(item -> item.id()).collect(Collectors.toSet());
        if (!items.containsAll(form.itemIds())) {
            problems.add(FieldProblem.of("itemIds", "inspection.task.items.not-listed"));
        }
        Map<Long, CertifiedOfficer> certified = inspectors(agencyId, form.windowFrom(), form.windowTo()).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, Function.identity()));
        List<Long> chosen = form.officerIds().stream().distinct().toList();
        if (chosen.size() < 2) {
            problems.add(FieldProblem.of("officerIds", "inspection.task.inspectors.required"));
        } else if (!certified.keySet().containsAll(chosen)) {
            problems.add(FieldProblem.of("officerIds", "inspection.task.inspectors.uncertified"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return chosen.stream().map(certified::get).map(officer -> new TaskInspector(officer.officerId(),
                officer.agencyId(), officer.name(), officer.certificateNumber())).toList();
    }

    /** Decides the pending step; the last approval opens the task, a refusal closes it. */
    @Transactional
    public InspectionTask decide(SignedInUser user, long id, int version, boolean approve, @Nullable String note) {
        InspectionTask task = get(user, id);
        task.checkDecidableBy(user);
        Approval pending = task.pendingApproval().orElseThrow();
        if (!approve && (note == null || note.isBlank())) {
            throw InvalidInput.of("note", "inspection.task.refuse.reason.required");
        }
        repository.decide(id, pending.position(), approve, user.getUsername(), blankToNull(note));
        boolean last = task.approvals().size() == pending.position() + 1;
        if (!approve) {
            repository.changeStatus(id, version, TaskStatus.REFUSED, true);
        } else if (last && task.status() == TaskStatus.AWAITING_APPROVAL) {
            repository.changeStatus(id, version, TaskStatus.APPROVED, false);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, task.county(), List.of("approval")));
        return repository.find(id).orElseThrow();
    }

    /** Concludes with a result the task's form (检查表单) supports, citing its 不符合 points (see InspectionForm). */
    @Transactional
    public InspectionTask conclude(SignedInUser user, long id, int version, InspectionResult result,
                                   @Nullable LocalDate rectificationDue, @Nullable String note) {
        InspectionTask task = get(user, id);
        requireOfLeadAgency(user, task);
        task.checkConcludable(result, rectificationDue, today());
        forms.concluding(task, result, note);
        repository.conclude(id, version, result, result == InspectionResult.RECTIFICATION ? rectificationDue : null,
                blankToNull(note));
        events.publishEvent(new InspectionConcluded(id, task.code(), task.county(), task.partyId(),
                task.leadAgencyId(), task.itemIds(), result, today()));
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, task.county(), List.of("result")));
        return repository.find(id).orElseThrow();
    }

    /** Revoking stops the visit code at once (its version no longer matches). */
    @Transactional
    public InspectionTask revoke(SignedInUser user, long id, int version) {
        InspectionTask task = get(user, id);
        requireOfLeadAgency(user, task);
        task.checkRevocable();
        repository.changeStatus(id, version, TaskStatus.REVOKED, true);
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, task.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    private static void requireOfLeadAgency(SignedInUser user, InspectionTask task) {
        boolean agencyStaff = user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER)
                && Long.valueOf(task.leadAgencyId()).equals(user.agencyId());
        if (!agencyStaff) {
            throw new AccessDeniedException("only the lead agency concludes or revokes its inspection");
        }
    }

    private static boolean sees(SignedInUser user, InspectionTask task) {
        boolean sameCounty = user.region().county().equals(task.county());
        return sameCounty && (user.agencyId() == null || !user.scope().isAgencyScoped()
                || task.agencyIds().contains(user.agencyId()));
    }

    static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises see their own inspections on their own pages");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
