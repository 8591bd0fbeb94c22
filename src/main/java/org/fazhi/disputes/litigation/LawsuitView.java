package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.disputes.LawsuitOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A lawsuit as the API and the detail page show it: the filing (a person's ID number masked), the defence period and
 * how it was kept, each hearing with whether its appearance counts for the 出庭应诉率, the outcome, and the steps the
 * caller may take now ({@code DEFENCE}, {@code HEARING}, {@code OUTCOME}).
 */
public record LawsuitView(long id, String court, Instance instance, String courtNumber, @Nullable Long priorId,
                          PlaintiffKind plaintiffKind, String plaintiffName, @Nullable String plaintiffIdMasked,
                          @Nullable String plaintiffCreditCode, long agencyId, String agencyName, String cause,
                          String act, @Nullable Long caseId, @Nullable String caseCode, LocalDate servedOn,
                          LocalDate defenceDueOn, @Nullable LocalDate defenceSubmittedOn,
                          @Nullable Boolean defenceOnTime, boolean defenceOverdue, List<HearingLine> hearings,
                          @Nullable LawsuitOutcome outcome, @Nullable LocalDate decidedOn, @Nullable String outcomeNote,
                          List<String> steps) {

    /** A hearing and whether who appeared counts as the head appearing. */
    public record HearingLine(LocalDate heldOn, Appearance appearance, @Nullable String appearedBy,
                              boolean headAppeared) {
    }

    static LawsuitView of(Lawsuit s, Lawsuits lawsuits, List<String> steps) {
        Lawsuit.Filing f = s.filing();
        Lawsuit.Plaintiff p = f.plaintiff();
        Lawsuit.Conclusion c = s.conclusion();
        List<HearingLine> hearings = s.hearings().stream().map(h -> new HearingLine(h.heldOn(), h.appearance(),
                h.appearedBy(), lawsuits.countsAsHeadAppearance(h.appearance()))).toList();
        return new LawsuitView(s.id(), f.court(), f.instance(), f.courtNumber(), f.priorId(), p.kind(), p.name(),
                p.idMasked(), p.creditCode(), f.agencyId(), lawsuits.agencyName(f.agencyId()), f.cause(), f.act(),
                f.caseId(), f.caseCode(), f.servedOn(), s.defenceDueOn(), s.defenceSubmittedOn(), s.defenceOnTime(),
                s.defenceOverdueOn(lawsuits.today()), hearings, c == null ? null : c.outcome(),
                c == null ? null : c.decidedOn(), c == null ? null : c.note(), steps);
    }

    /** The steps this user may take on the lawsuit now. */
    static List<String> stepsFor(Lawsuit s, boolean follows, boolean defendant) {
        List<String> steps = new ArrayList<>();
        if (s.isConcluded() || !(follows || defendant)) {
            return steps;
        }
        if (s.defenceSubmittedOn() == null) {
            steps.add("DEFENCE");
        }
        steps.add("HEARING");
        if (follows) {
            steps.add("OUTCOME");
        }
        return steps;
    }
}
