package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.deadline.LatePayment;
import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.FlexibleListLookup;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.shared.Money;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers what the procedure's rules look at: the case, who its handlers are today in the registry (certified,
 * of the agency), which items the agency may cite today, the 首违不罚 list, and the case's periods on the calendar.
 */
@Component
class CaseFactsReader {

    private final CertifiedOfficers certified;
    private final OfficerOptions officers;
    private final ItemCatalog items;
    private final FlexibleListLookup flexibleLists;
    private final Timeline timeline;
    private final CaseDeadlines deadlines;
    private final CaseworkProperties rules;
    private final OnTheSpotRepository spots;

    CaseFactsReader(CertifiedOfficers certified, OfficerOptions officers, ItemCatalog items,
                    FlexibleListLookup flexibleLists, Timeline timeline, CaseDeadlines deadlines,
                    CaseworkProperties rules, OnTheSpotRepository spots) {
        this.certified = certified;
        this.officers = officers;
        this.items = items;
        this.flexibleLists = flexibleLists;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.rules = rules;
        this.spots = spots;
    }

    CaseFacts facts(PenaltyCase c, CaseFacts.Actor actor, LocalDate today) {
        return facts(c, actor, today, spots.find(c.id()).map(spot -> new CaseFacts.OnTheSpot(
                rules.onTheSpotFine(spot.partyKind()), spot.certificatesShown(), true,
                spot.statement() != null || spot.waived(), spot.collected(), rules.onTheSpotCollection(),
                spot.hardToCollect(), spot.reported())).orElse(null));
    }

    /** The facts, with those of a decision on the spot (简易程序) when the case is one. */
    CaseFacts facts(PenaltyCase c, CaseFacts.Actor actor, LocalDate today, CaseFacts.@Nullable OnTheSpot onTheSpot) {
        PenaltyCase.Investigation investigation = c.investigation();
        PenaltyCase.Notice notice = c.notice();
        PenaltyCase.Hearing hearing = c.hearing();
        CaseFacts.Review review = new CaseFacts.Review(rules.legalReviewForEveryCase(),
                investigation.majorPublicInterest(), investigation.complex(), investigation.majorViolation(),
                c.review().legalReviewPassedAt(), c.review().discussedOn());
        CaseFacts.Notice periods = new CaseFacts.Notice(notice.notifiedOn(), date(notice.notifiedOn(),
                deadlines::statement), date(notice.notifiedOn(), deadlines::hearingRequest), notice.waived());
        CaseFacts.Hearing heard = new CaseFacts.Hearing(hearing.requested(), hearing.noticeOn(), hearing.scheduledOn(),
                date(hearing.noticeOn(), deadlines::earliestHearing), hearing.chair(), hearing.heldAt());
        return new CaseFacts(c.state(), today, actor, handlers(c.agencyId(), investigation.handlerIds(), today),
                Set.copyOf(c.recusedOfficers()), timeline.investigators(c.id()), citable(c, today),
                c.evidence().size(), c.origin().discoveredOn(), investigation.violationOn(),
                investigation.extendedTimeBar() ? rules.extendedTimeBarYears() : rules.timeBarYears(), review,
                c.currentProposal(), notice.notified(), notice.hearingRights(), periods, heard, firstOffence(c, today),
                execution(c, today), onTheSpot);
    }

    /** Each handler as the registry sees him or her today: certified, and in the case's agency. */
    List<CaseFacts.Handler> handlers(long agencyId, List<Long> handlerIds, LocalDate today) {
        Map<Long, CertifiedOfficer> roster = certified.among(handlerIds, List.of(agencyId), today).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, Function.identity()));
        return handlerIds.stream().map(id -> {
            CertifiedOfficer qualified = roster.get(id);
            if (qualified != null) {
                return new CaseFacts.Handler(id, qualified.name(), true, true);
            }
            return officers.find(id).map(officer -> new CaseFacts.Handler(id, officer.name(), false,
                    officer.agencyId() == agencyId)).orElse(new CaseFacts.Handler(id, String.valueOf(id), false, false));
        }).toList();
    }

    /** What is owed today: the decided fine, the surcharge once the payment deadline has passed, less what was paid. */
    LatePayment.Account account(PenaltyCase c, LocalDate today) {
        Proposal decided = c.decision().decided();
        Money fine = decided == null ? Money.ZERO : decided.fine();
        LocalDate due = c.execution().paymentDue();
        List<LatePayment.Payment> paid = c.payments().stream()
                .map(payment -> new LatePayment.Payment(payment.paidOn(), payment.amount())).toList();
        return LatePayment.account(fine, due == null ? LocalDate.MAX.minusDays(1) : due, paid, today,
                rules.latePaymentDailyRate());
    }

    /** Only a clue being filed asks the county's list, for the items it cites: later steps do not cite new items. */
    private boolean citable(PenaltyCase c, LocalDate today) {
        if (c.state() != CaseState.CLUE) {
            return true;
        }
        List<Long> cited = c.investigation().itemIds();
        Set<Long> listed = items.citableAmong(c.county(), c.agencyId(), cited, today).stream()
                .filter(item -> item.category() == ItemCategory.PENALTY).map(ItemSummary::id)
                .collect(Collectors.toSet());
        return !cited.isEmpty() && listed.containsAll(cited);
    }

    private CaseFacts.FirstOffence firstOffence(PenaltyCase c, LocalDate today) {
        Proposal proposal = c.currentProposal();
        if (proposal == null || proposal.kind() != DecisionKind.FIRST_OFFENCE_WAIVED) {
            return CaseFacts.FirstOffence.notAsked();
        }
        boolean listed = c.investigation().itemIds().stream().anyMatch(item -> flexibleLists.applicableTo(item, today)
                .stream().anyMatch(entry -> entry.listKind() == FlexibleListKind.FIRST_OFFENCE));
        return new CaseFacts.FirstOffence(listed, today.equals(c.decision().searchedOn()), c.decision().found());
    }

    private CaseFacts.Execution execution(PenaltyCase c, LocalDate today) {
        LocalDate delivered = c.execution().deliveredOn();
        return new CaseFacts.Execution(account(c, today).owed(), c.execution().paymentDue(),
                date(c.execution().reminderDeliveredOn(), deadlines::reminder), date(delivered, deadlines::litigation),
                date(delivered, deadlines::courtApplication));
    }

    private static @Nullable LocalDate date(@Nullable LocalDate start, Function<LocalDate, Deadline> period) {
        return start == null ? null : period.apply(start).date();
    }
}
