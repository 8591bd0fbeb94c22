package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.casefile.CaseSteps.Request;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Cases from the clue to the investigation, in the county's words: register a clue, file the case (立案) or decline
 * to (不予立案), name its handlers, their recusals, and extensions of the decision period; and the reads: the list,
 * a case, its timeline and deadlines. Each step goes through {@link CaseSteps}.
 */
@Service
public class PenaltyCases {

    /** A clue as an officer registers it; inspection results come by themselves (CluesFromInspections). */
    public record ClueForm(@Nullable SourceKind source, @Nullable String reference, @Nullable String partyCode,
                           @Nullable String summary,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate discoveredOn) {
    }

    /** 立案: the penalty items, two or more handlers, the facts found so far, the day of the act. */
    public record FilingForm(@Nullable List<Long> itemIds, @Nullable List<Long> handlerIds, @Nullable String facts,
                             @Nullable LocalDate violationOn, boolean extendedTimeBar) {
    }

    private final CaseSteps steps;
    private final CaseList list;
    private final Timeline timeline;
    private final CaseDeadlineBook deadlines;
    private final CaseDeadlines periods;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final OfficerOptions officers;
    private final CaseworkProperties rules;

    PenaltyCases(CaseSteps steps, CaseList list, Timeline timeline, CaseDeadlineBook deadlines,
                 CaseDeadlines periods, PartyDirectory parties, ItemCatalog items, OfficerOptions officers,
                 CaseworkProperties rules) {
        this.steps = steps;
        this.list = list;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.periods = periods;
        this.parties = parties;
        this.items = items;
        this.officers = officers;
        this.rules = rules;
    }

    public LocalDate today() {
        return steps.today();
    }

    public Page<CaseSummary> search(SignedInUser user, CaseSearch search, PageRequest page) {
        requireStaff(user);
        return list.search(user.scope(), search, periods.dueSoonLimit(today()), page);
    }

    public PenaltyCase get(SignedInUser user, long id) {
        requireStaff(user);
        return steps.visible(user, id);
    }

    public List<Timeline.Entry> timeline(SignedInUser user, long id) {
        return timeline.of(get(user, id).id());
    }

    public List<RunningDeadline> deadlines(PenaltyCase c) {
        return deadlines.of(c, today());
    }

    /** 线索登记 by an agency's officer or legal office, for its own agency. */
    public Outcome registerClue(SignedInUser user, ClueForm form, String requestKey) {
        if (!user.hasRole(Role.OFFICER, Role.AGENCY_ADMIN) || user.agencyId() == null) {
            throw new AccessDeniedException("clues are registered by an agency's officers and legal office");
        }
        if (form.source() == null || form.source() == SourceKind.INSPECTION) {
            throw InvalidInput.of("source", "casework.clue.source.invalid");
        }
        PartyCard party = parties.findByCode(user.region().county(), Input.text("partyCode", form.partyCode()))
                .orElseThrow(() -> InvalidInput.of("partyCode", "casework.clue.party.unknown"));
        LocalDate discovered = form.discoveredOn() == null ? today() : form.discoveredOn();
        if (discovered.isAfter(today())) {
            throw InvalidInput.of("discoveredOn", "casework.input.future");
        }
        PenaltyCase clue = PenaltyCase.clue(user.region().county(), user.agencyId(),
                new PenaltyCase.Origin(form.source(), Input.optional(form.reference()), null, List.of(), party.id(),
                        Input.text("summary", form.summary()), discovered), user.getUsername());
        return steps.register(clue, CaseSteps.actor(user), requestKey).orElseThrow();
    }

    /** 立案: the procedure checks the handlers' certificates, recusals, the items' listing and the time bar. */
    public Outcome fileCase(SignedInUser user, long id, Request request, FilingForm form) {
        List<Long> itemIds = distinct("itemIds", form.itemIds());
        List<Long> handlers = distinct("handlerIds", form.handlerIds());
        if (form.violationOn() != null && form.violationOn().isAfter(today())) {
            throw InvalidInput.of("violationOn", "casework.input.future");
        }
        List<String> codes = items.findAll(itemIds).stream().map(ItemSummary::code).distinct().toList();
        String facts = Input.text("facts", form.facts());
        return steps.take(user, id, request, Transition.FILE, (c, today) -> c.with(new PenaltyCase.Investigation(
                itemIds, codes, handlers, facts, form.violationOn(), form.extendedTimeBar(), today, null, false,
                false, false)), null);
    }

    public Outcome declineToFile(SignedInUser user, long id, Request request, @Nullable String reason) {
        String why = Input.text("reason", reason);
        return steps.take(user, id, request, Transition.DECLINE, (c, today) -> c.with(withDecline(c, why)), why);
    }

    /** 指定承办人: the head names the handlers again (after a recusal, say); two certified officers as ever. */
    public Outcome assignHandlers(SignedInUser user, long id, Request request, @Nullable List<Long> handlerIds) {
        List<Long> handlers = distinct("handlerIds", handlerIds);
        return steps.take(user, id, request, Transition.ASSIGN_HANDLERS, (c, today) -> c.with(withHandlers(c,
                handlers)), null);
    }

    /** 回避申请: an officer's own, or the party's against an officer of the agency; pending until the head decides. */
    public Outcome declareRecusal(SignedInUser user, long id, Request request, long officerId,
                                  Recusal.@Nullable Applicant applicant, @Nullable String reason) {
        String why = Input.text("reason", reason);
        return steps.take(user, id, request, Transition.DECLARE_RECUSAL, (c, today) -> {
            OfficerOptions.Option officer = officers.find(officerId).filter(o -> o.agencyId() == c.agencyId())
                    .orElseThrow(() -> InvalidInput.of("officerId", "casework.recusal.officer.unknown"));
            List<Recusal> recusals = new ArrayList<>(c.recusals());
            recusals.add(new Recusal(0, officerId, officer.name(), applicant == null ? Recusal.Applicant.OFFICER
                    : applicant, why, today, user.getUsername(), null, null, null));
            return c.withRecusals(recusals);
        }, why);
    }

    /** 回避决定 by the head: upheld, the officer stays out of the case; refused, he or she may act again. */
    public Outcome decideRecusal(SignedInUser user, long id, Request request, long recusalId, boolean upheld) {
        return steps.take(user, id, request, Transition.DECIDE_RECUSAL, (c, today) -> {
            if (c.recusals().stream().noneMatch(r -> r.id() == recusalId && r.upheld() == null)) {
                throw InvalidInput.of("recusalId", "casework.recusal.not-pending");
            }
            return c.withRecusals(c.recusals().stream().map(r -> r.id() == recusalId
                    ? r.decided(upheld, user.getUsername(), today) : r).toList());
        }, null);
    }

    /** 延长办案期限 (第六十条): approved by the head, at most the configured days at a time, with the reason. */
    public Outcome extendDeadline(SignedInUser user, long id, Request request, int days, @Nullable String reason) {
        if (days < 1 || days > rules.decisionExtensionMaxDays()) {
            throw InvalidInput.of("days", "casework.extension.days", rules.decisionExtensionMaxDays());
        }
        String why = Input.text("reason", reason);
        return steps.take(user, id, request, Transition.EXTEND_DEADLINE, (c, today) -> c.withExtension(
                new Extension(0, days, why, user.getUsername(), today)), why);
    }

    private static PenaltyCase.Investigation withDecline(PenaltyCase c, String reason) {
        PenaltyCase.Investigation i = c.investigation();
        return new PenaltyCase.Investigation(i.itemIds(), i.itemCodes(), i.handlerIds(), i.facts(), i.violationOn(),
                i.extendedTimeBar(), i.filedOn(), reason, i.majorPublicInterest(), i.complex(), i.majorViolation());
    }

    private static PenaltyCase.Investigation withHandlers(PenaltyCase c, List<Long> handlers) {
        PenaltyCase.Investigation i = c.investigation();
        return new PenaltyCase.Investigation(i.itemIds(), i.itemCodes(), handlers, i.facts(), i.violationOn(),
                i.extendedTimeBar(), i.filedOn(), i.declineReason(), i.majorPublicInterest(), i.complex(),
                i.majorViolation());
    }

    private static List<Long> distinct(String field, @Nullable List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInput.of(field, "casework.input.required");
        }
        return ids.stream().distinct().toList();
    }

    static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises do not see penalty cases here");
        }
    }
}
