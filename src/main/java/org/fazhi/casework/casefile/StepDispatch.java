package org.fazhi.casework.casefile;

import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.springframework.stereotype.Component;

import static org.fazhi.casework.casefile.StepForm.yes;

/** Sends a step asked for with a {@link StepForm} (a page's form, an API body) to the service that takes it. */
@Component
class StepDispatch {

    private final PenaltyCases cases;
    private final Investigations investigations;
    private final Decisions decisions;
    private final OnTheSpotDecisions onTheSpot;

    StepDispatch(PenaltyCases cases, Investigations investigations, Decisions decisions,
                 OnTheSpotDecisions onTheSpot) {
        this.cases = cases;
        this.investigations = investigations;
        this.decisions = decisions;
        this.onTheSpot = onTheSpot;
    }

    Outcome take(SignedInUser user, long id, Transition transition, StepForm form) {
        CaseSteps.Request request = form.request();
        return switch (transition) {
            case FILE -> cases.fileCase(user, id, request, new PenaltyCases.FilingForm(form.itemIds(),
                    form.handlerIds(), form.facts(), form.violationOn(), yes(form.extendedTimeBar())));
            case DECLINE -> cases.declineToFile(user, id, request, form.reason());
            case ASSIGN_HANDLERS -> cases.assignHandlers(user, id, request, form.handlerIds());
            case DECLARE_RECUSAL -> cases.declareRecusal(user, id, request, required("officerId", form.officerId()),
                    form.applicant(), form.reason());
            case DECIDE_RECUSAL -> cases.decideRecusal(user, id, request, required("recusalId", form.recusalId()),
                    yes(form.upheld()));
            case EXTEND_DEADLINE -> cases.extendDeadline(user, id, request, required("days", form.days()),
                    form.reason());
            case RECORD_EVIDENCE -> investigations.recordEvidence(user, id, request, new Investigations.EvidenceForm(
                    form.evidenceKind(), form.title(), form.description(), form.collectedOn()));
            case SUBMIT_FOR_REVIEW -> investigations.submitForReview(user, id, request, form.proposal(), form.weight());
            case RETURN_FOR_INVESTIGATION -> investigations.returnForInvestigation(user, id, request, form.reason());
            case SUBMIT_FOR_LEGAL_REVIEW -> investigations.submitForLegalReview(user, id, request);
            case PASS_LEGAL_REVIEW -> investigations.passLegalReview(user, id, request, form.opinion());
            case REJECT_LEGAL_REVIEW -> investigations.rejectLegalReview(user, id, request, form.opinion());
            case HOLD_COLLECTIVE_DISCUSSION -> investigations.holdCollectiveDiscussion(user, id, request, form.heldOn(),
                    form.conclusion());
            case NOTIFY -> investigations.notifyParty(user, id, request);
            case RECORD_STATEMENT -> investigations.recordStatement(user, id, request, form.statement(),
                    yes(form.waived()));
            case REQUEST_HEARING -> investigations.requestHearing(user, id, request);
            case SCHEDULE_HEARING -> investigations.scheduleHearing(user, id, request, form.hearingOn(), form.chair());
            case HOLD_HEARING -> investigations.holdHearing(user, id, request, form.record());
            case DECIDE -> decisions.decide(user, id, request, form.proposal());
            case DELIVER -> decisions.deliver(user, id, request);
            case RECORD_PAYMENT -> decisions.recordPayment(user, id, request, form.amount(), form.paidOn());
            case APPROVE_PAYMENT_PLAN -> decisions.approvePaymentPlan(user, id, request, form.due(), form.plan());
            case SEND_REMINDER -> decisions.sendReminder(user, id, request, form.deliveredOn());
            case APPLY_TO_COURT -> decisions.applyToCourt(user, id, request);
            case CLOSE -> decisions.close(user, id, request, form.note());
            case ARCHIVE -> decisions.archive(user, id, request);
            case REPORT_ON_THE_SPOT -> onTheSpot.report(user, id, request);
            case REGISTER_CLUE, DECIDE_ON_THE_SPOT -> throw InvalidInput.of("", "casework.step.not-a-case-step");
        };
    }

    private static <T> T required(String field, @org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw InvalidInput.of(field, "casework.input.required");
        }
        return value;
    }
}
