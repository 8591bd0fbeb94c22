package org.fazhi.casework.compulsion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.casework.document.AgencyAbbreviations;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.DocumentNumbers;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.SignedInUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * The acts on compulsory measures (and on evidence registered and preserved), each through {@link MeasureActs}: an
 * officer proposes one on a case (or takes it urgently on the spot), the head approves or refuses it, extends it once,
 * lifts it or, once the case is decided, lets the decision confiscate the items; the officers return the items and
 * close it. The 查封（扣押）决定书 draws its number when the measure is taken, the 延长期限通知书 when it is
 * extended, the 解除查封（扣押）决定书 when it is lifted.
 */
@Service
public class Measures {

    /** A measure is taken on a clue being looked into or a case under way, not on one declined or finished. */
    private static final Set<CaseState> CLOSED_CASES = EnumSet.of(CaseState.NOT_FILED, CaseState.CLOSED,
            CaseState.ARCHIVED);

    private final MeasureActs acts;
    private final CaseSteps cases;
    private final MeasureOfficers officers;
    private final MeasurePeriods periods;
    private final DocumentNumbers numbers;
    private final AgencyAbbreviations abbreviations;

    Measures(MeasureActs acts, CaseSteps cases, MeasureOfficers officers, MeasurePeriods periods,
             DocumentNumbers numbers, AgencyAbbreviations abbreviations) {
        this.acts = acts;
        this.cases = cases;
        this.officers = officers;
        this.periods = periods;
        this.numbers = numbers;
        this.abbreviations = abbreviations;
    }

    /** 第十八条 (proposed for approval) or 第十九条 (taken urgently on the spot, approved after). */
    public MeasureOutcome propose(SignedInUser user, long caseId, MeasureForm form) {
        MeasureAct act = form.isUrgent() ? MeasureAct.TAKE_URGENTLY : MeasureAct.PROPOSE;
        return acts.create(user, form.requestKey(), act, () -> {
            PenaltyCase c = cases.visible(user, caseId);
            MeasureActs.authorise(user, c.agencyId(), act);
            CompulsoryMeasure.Request request = form.request();
            if (CLOSED_CASES.contains(c.state())) {
                throw new RuleViolation("casework.measure.case-not-open", "", c.state());
            }
            LocalDate today = acts.today();
            officers.check(c.agencyId(), request.officerIds(), today);
            if (!form.isUrgent()) {
                return CompulsoryMeasure.proposed(caseId, c.county(), c.agencyId(), request, user.getUsername());
            }
            CompulsoryMeasure taken = CompulsoryMeasure.takenUrgently(caseId, c.county(), c.agencyId(), request,
                    user.getUsername(), acts.now(), today, periods);
            return taken.kind().isCompulsory()
                    ? taken.numbered(number(taken, DocumentKind.SEIZURE_DECISION, today), null) : taken;
        }, form.reason());
    }

    public MeasureOutcome approve(SignedInUser user, long id, ActForm form) {
        return acts.take(user, id, form.request(), MeasureAct.APPROVE, (before, today, now) -> {
            CompulsoryMeasure approved = before.approve(user.getUsername(), now, today, form.note(), periods);
            return before.decisionNumber() != null || !approved.kind().isCompulsory() ? approved
                    : approved.numbered(number(approved, DocumentKind.SEIZURE_DECISION, today), null);
        }, form.note());
    }

    public MeasureOutcome refuse(SignedInUser user, long id, ActForm form) {
        String note = form.required("note", form.note());
        return acts.take(user, id, form.request(), MeasureAct.REFUSE,
                (before, today, now) -> released(before.refuse(user.getUsername(), now, today, note), today), note);
    }

    public MeasureOutcome extend(SignedInUser user, long id, ActForm form) {
        int days = form.required("days", form.days());
        String reason = form.required("reason", form.reason());
        return acts.take(user, id, form.request(), MeasureAct.EXTEND, (before, today, now) -> {
            CompulsoryMeasure extended = before.extend(days, reason, user.getUsername(), today, periods);
            return extended.numbered(extended.decisionNumber(), number(extended, DocumentKind.EXTENSION_NOTICE, today));
        }, reason);
    }

    public MeasureOutcome lift(SignedInUser user, long id, ActForm form) {
        LiftingReason why = form.required("liftingReason", form.liftingReason());
        return acts.take(user, id, form.request(), MeasureAct.LIFT,
                (before, today, now) -> released(before.lift(why, MeasureForm.trimmed(form.note()), today), today),
                form.note());
    }

    public MeasureOutcome returnItem(SignedInUser user, long id, ActForm form) {
        int line = form.required("line", form.line());
        String to = form.required("returnedTo", form.returnedTo());
        return acts.take(user, id, form.request(), MeasureAct.RETURN_ITEM,
                (before, today, now) -> before.returnItem(line, to, today), line + " " + to);
    }

    public MeasureOutcome close(SignedInUser user, long id, ActForm form) {
        return acts.take(user, id, form.request(), MeasureAct.CLOSE, (before, today, now) -> before.close(today),
                form.note());
    }

    /** The case's penalty decision confiscated the items (没收): the measure ends there. */
    public MeasureOutcome confiscate(SignedInUser user, long id, ActForm form) {
        return acts.take(user, id, form.request(), MeasureAct.CONFISCATE, (before, today, now) -> {
            PenaltyCase c = cases.visible(user, before.caseId());
            return before.confiscate(today, c.decision().decidedOn() != null);
        }, form.note());
    }

    /**
     * A 查封 or 扣押 lifted (第二十八条, or refused after it was taken urgently, 第十九条) draws the number of its
     * 解除查封（扣押）决定书; a proposal refused before it was taken, or 先行登记保存, has none.
     */
    private CompulsoryMeasure released(CompulsoryMeasure after, LocalDate today) {
        return after.lifting() == null || !after.kind().isCompulsory() ? after
                : after.releaseNumbered(number(after, DocumentKind.RELEASE_DECISION, today));
    }

    private String number(CompulsoryMeasure m, DocumentKind kind, LocalDate today) {
        return numbers.next(m.agencyId(), abbreviations.of(m.agencyId()), today.getYear(), kind).text();
    }
}
