package org.fazhi.casework.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A case with what its page and the API show beside it: names, what is owed, deadlines (its measures' periods
 * among them), timeline, next steps.
 */
@Component
class CaseDetails {

    private final PenaltyCases cases;
    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final CaseFactsReader facts;
    private final IssuedDocuments documents;
    private final CaseMeasures measures;

    CaseDetails(PenaltyCases cases, AgencyDirectory agencies, PartyDirectory parties, CaseFactsReader facts,
                IssuedDocuments documents, CaseMeasures measures) {
        this.cases = cases;
        this.agencies = agencies;
        this.parties = parties;
        this.facts = facts;
        this.documents = documents;
        this.measures = measures;
    }

    CaseView of(SignedInUser user, long id) {
        PenaltyCase c = cases.get(user, id);
        return CaseView.of(c, documents.numbers(c.id()), agencies.nameOf(c.agencyId()).orElse(null),
                parties.find(c.origin().partyId()).map(PartyCard::name).orElse(null), facts.account(c, cases.today()),
                deadlines(c), cases.timeline(user, id), stepsFor(user, c));
    }

    /** The case's own deadlines, then the periods of its measures (行政强制法第二十五条, 行政处罚法第五十六条). */
    private List<RunningDeadline> deadlines(PenaltyCase c) {
        return Stream.concat(cases.deadlines(c).stream(), measures.periods(c.id()).stream()).toList();
    }

    /** The page's timeline: the case's steps and the acts on its measures, in the order they happened. */
    List<TimelineLine> timeline(CaseView view) {
        return TimelineLine.of(view.timeline(), measures.acts(view.id()));
    }

    /** The steps of the case's stage this user may take (the procedure may still refuse them). */
    static List<Transition> stepsFor(SignedInUser user, PenaltyCase c) {
        return CaseProcedure.from(c.state()).stream().filter(step -> {
            try {
                CaseSteps.authorise(user, c, CaseProcedure.step(step).by());
                return true;
            } catch (AccessDeniedException refused) {
                return false;
            }
        }).toList();
    }

    /** The list's rows with their parties' names, in one query for the page. */
    Page<CaseView.Row> rows(Page<CaseSummary> page) {
        Map<Long, PartyCard> names = parties.findAll(page.items().stream().map(CaseSummary::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity()));
        return page.map(row -> CaseView.Row.of(row, names.containsKey(row.partyId())
                ? names.get(row.partyId()).name() : null));
    }
}
