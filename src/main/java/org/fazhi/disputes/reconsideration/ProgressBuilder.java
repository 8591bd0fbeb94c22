package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.jspecify.annotations.Nullable;

/** A mutable copy of a case's {@link ReconsiderationCase.Progress}, so that each step names only what it changes. */
final class ProgressBuilder {

    @Nullable String refusalReason;
    @Nullable String correctionItems;
    @Nullable LocalDate acceptedOn;
    boolean deemedAccepted;
    @Nullable Procedure procedure;
    @Nullable LocalDate copiedOn;
    @Nullable LocalDate answeredOn;
    @Nullable String answerEvidence;
    @Nullable HearingMode hearingMode;
    @Nullable LocalDate hearingOn;
    @Nullable LocalDate hearingNoticeOn;
    @Nullable String extendedBy;
    @Nullable LocalDate extendedOn;
    @Nullable ReconsiderationOutcome outcome;
    boolean settled;
    @Nullable LocalDate concludedOn;
    @Nullable String conclusionNote;

    ProgressBuilder(ReconsiderationCase.Progress p) {
        refusalReason = p.refusalReason();
        correctionItems = p.correctionItems();
        acceptedOn = p.acceptedOn();
        deemedAccepted = p.deemedAccepted();
        procedure = p.procedure();
        copiedOn = p.copiedOn();
        answeredOn = p.answeredOn();
        answerEvidence = p.answerEvidence();
        hearingMode = p.hearingMode();
        hearingOn = p.hearingOn();
        hearingNoticeOn = p.hearingNoticeOn();
        extendedBy = p.extendedBy();
        extendedOn = p.extendedOn();
        outcome = p.outcome();
        settled = p.settled();
        concludedOn = p.concludedOn();
        conclusionNote = p.conclusionNote();
    }

    ReconsiderationCase.Progress build() {
        return new ReconsiderationCase.Progress(refusalReason, correctionItems, acceptedOn, deemedAccepted, procedure,
                copiedOn, answeredOn, answerEvidence, hearingMode, hearingOn, hearingNoticeOn, extendedBy,
                extendedOn, outcome, settled, concludedOn, conclusionNote);
    }
}
