package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.casework.casefile.CaseSteps.Request;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import static org.fazhi.casework.casefile.OnTheSpotForm.yes;

/**
 * 简易程序 in the county's words: two officers decide a warning or a small fine on the spot and hand the decision
 * over (行政处罚法第五十一条、第五十二条), which opens a case already delivered; the fine is collected there within
 * 第六十八条 or paid at the bank within 15 days; the decision is reported to the agency (备案). {@link CaseProcedure}
 * judges the decision before anything is stored; a refusal stores nothing, there being no case yet.
 */
@Service
public class OnTheSpotDecisions {

    private final CaseRepository repository;
    private final OnTheSpotRepository spots;
    private final CaseFactsReader facts;
    private final Proposals proposals;
    private final RequestKeys keys;
    private final Timeline timeline;
    private final CaseDeadlineBook deadlines;
    private final CaseDeadlines periods;
    private final IssuedDocuments documents;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final CaseworkProperties rules;
    private final CaseSteps steps;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OnTheSpotDecisions(CaseRepository repository, OnTheSpotRepository spots, CaseFactsReader facts,
                       Proposals proposals, RequestKeys keys, Timeline timeline, CaseDeadlineBook deadlines,
                       CaseDeadlines periods, IssuedDocuments documents, PartyDirectory parties, ItemCatalog items,
                       CaseworkProperties rules, CaseSteps steps, ApplicationEventPublisher events,
                       TransactionTemplate transaction) {
        this.repository = repository;
        this.spots = spots;
        this.facts = facts;
        this.proposals = proposals;
        this.keys = keys;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.periods = periods;
        this.documents = documents;
        this.parties = parties;
        this.items = items;
        this.rules = rules;
        this.steps = steps;
        this.events = events;
        this.transaction = transaction;
    }

    /** 当场处罚 by the agency's officers (or its legal office for them); a retry with the same key answers the first. */
    public Outcome decide(SignedInUser user, OnTheSpotForm form, String requestKey) {
        if (!user.hasRole(Role.OFFICER, Role.AGENCY_ADMIN) || user.agencyId() == null) {
            throw new AccessDeniedException("decisions on the spot are an agency's officers'");
        }
        PartyCard party = parties.findByCode(user.region().county(), Input.text("partyCode", form.partyCode()))
                .orElseThrow(() -> InvalidInput.of("partyCode", "casework.clue.party.unknown"));
        if (form.itemId() == null) {
            throw InvalidInput.of("itemId", "casework.input.required");
        }
        List<Long> handlers = form.handlerIds() == null ? List.of() : form.handlerIds().stream().distinct().toList();
        if (handlers.isEmpty()) {
            throw InvalidInput.of("handlerIds", "casework.input.required");
        }
        String place = Input.text("place", form.place());
        String written = Input.text("facts", form.facts());
        String statement = Input.optional(form.statement());
        String receipt = Input.optional(form.receiptNumber());
        if (yes(form.collected()) && receipt == null) {
            throw InvalidInput.of("receiptNumber", "casework.on-the-spot.receipt-required");
        }
        LocalDate violationOn = form.violationOn() == null ? steps.today() : form.violationOn();
        if (violationOn.isAfter(steps.today())) {
            throw InvalidInput.of("violationOn", "casework.input.future");
        }
        List<String> codes = items.findAll(List.of(form.itemId())).stream().map(ItemSummary::code).toList();
        return transaction.execute(status -> {
            Optional<Outcome> earlier = keys.claim(requestKey, user.getUsername(), null, Transition.DECIDE_ON_THE_SPOT);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            LocalDate today = steps.today();
            PenaltyCase clue = PenaltyCase.clue(user.region().county(), user.agencyId(), new PenaltyCase.Origin(
                    SourceKind.OWN_DISCOVERY, place, null, List.of(form.itemId()), party.id(), written, today),
                    user.getUsername());
            PenaltyCase decided = decided(clue.with(new PenaltyCase.Investigation(List.of(form.itemId()), codes,
                    handlers, written, violationOn, false, null, null, false, false, false)), form, today,
                    user.getUsername());
            OnTheSpot spot = new OnTheSpot(0, party.kind(), place, yes(form.certificatesShown()), statement,
                    yes(form.waived()), yes(form.collected()), yes(form.hardToCollect()), receipt,
                    periods.onTheSpotReport(today).date(), null, null);
            CaseState to = CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, facts.facts(decided,
                    new CaseFacts.Actor(user.getUsername(), user.officerId()), today,
                    onTheSpot(spot, party, yes(form.factsCertain()))));
            return store(user, requestKey, clue, decided.in(to), spot, today);
        });
    }

    /** 备案: the decision reported to the agency, once; a late report is recorded as late. */
    public Outcome report(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.REPORT_ON_THE_SPOT, (c, today) -> {
            if (spots.find(c.id()).filter(OnTheSpot::reported).isPresent()) {
                throw InvalidInput.of("", "casework.on-the-spot.already-reported");
            }
            spots.reported(c.id(), today, user.getUsername());
            return c;
        }, null);
    }

    /** The on-the-spot part of a case the user may see; empty for a general-procedure case. */
    public Optional<OnTheSpot> of(SignedInUser user, long id) {
        PenaltyCases.requireStaff(user);
        return spots.find(steps.visible(user, id).id());
    }

    private PenaltyCase decided(PenaltyCase c, OnTheSpotForm form, LocalDate today, String username) {
        Proposals.Weighed weighed = proposals.weigh(c, form.proposal(), today);
        Money fine = weighed.proposal().fine();
        PenaltyCase decided = c.with(new PenaltyCase.Review(weighed.proposal(), weighed.findings(), null, null, null,
                        null, null))
                .with(new PenaltyCase.Decision(weighed.proposal(), today, form.facts(), null, null, List.of()))
                .with(new PenaltyCase.Execution(today, fine.isZero() || yes(form.collected()) ? null
                        : periods.payment(today).date(), null, null, null, null, null));
        return yes(form.collected()) && !fine.isZero()
                ? decided.withPayment(new Payment(0, today, fine, username)) : decided;
    }

    private CaseFacts.OnTheSpot onTheSpot(OnTheSpot spot, PartyCard party, boolean factsCertain) {
        return new CaseFacts.OnTheSpot(rules.onTheSpotFine(party.kind()), spot.certificatesShown(), factsCertain,
                spot.statement() != null || spot.waived(), spot.collected(), rules.onTheSpotCollection(),
                spot.hardToCollect(), spot.reported());
    }

    private Outcome store(SignedInUser user, String requestKey, PenaltyCase clue, PenaltyCase decided, OnTheSpot spot, LocalDate today) {
        long id = repository.insert(clue).orElseThrow();
        spots.insert(new OnTheSpot(id, spot.partyKind(), spot.place(), spot.certificatesShown(), spot.statement(),
                spot.waived(), spot.collected(), spot.hardToCollect(), spot.receiptNumber(), spot.reportDue(), null,
                null));
        PenaltyCase after = repository.save(repository.find(id).orElseThrow(), decided);
        deadlines.sync(after, today);
        documents.issue(Transition.DECIDE_ON_THE_SPOT, after, today, user.getUsername(), null);
        timeline.accepted(id, after.county(), CaseSteps.actor(user), Transition.DECIDE_ON_THE_SPOT, null,
                after.state(), after.origin().summary());
        events.publishEvent(DataChanged.created(CaseRepository.RECORD_TYPE, id, after.county(),
                ChangedFields.of(PenaltyCase.class)));
        var penalty = java.util.Objects.requireNonNull(after.decision().decided());
        events.publishEvent(new PenaltyDecided(id, after.code(), after.county(), after.agencyId(), after.origin()
                .partyId(), penalty.kind(), List.copyOf(penalty.penalties()), penalty.fine(),
                penalty.isOutsideBenchmark(), today));
        Outcome outcome = new Outcome(id, Transition.DECIDE_ON_THE_SPOT, null, after.state(), after.version());
        keys.complete(requestKey, outcome);
        return outcome;
    }
}
