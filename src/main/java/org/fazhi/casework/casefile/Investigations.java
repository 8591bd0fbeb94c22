package org.fazhi.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.casefile.CaseSteps.Request;
import org.fazhi.casework.evidence.Evidence;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.casework.procedure.HearingRights;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.entities.PartyKind;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A filed case from the investigation to the hearing, in the county's words: record evidence, end the
 * investigation with a proposed decision, send it to and through the legal review, discuss it collectively, notify
 * the party, record its statement, and hold the hearing it asks for. Each step goes through {@link CaseSteps}.
 */
@Service
public class Investigations {

    /** A piece of evidence (行政处罚法第四十六条). */
    public record EvidenceForm(@Nullable EvidenceKind kind, @Nullable String title, @Nullable String description,
                               @Nullable LocalDate collectedOn) {
    }

    /** The case's weight as the investigation report states it (第五十七条、第五十八条). */
    public record Weight(boolean majorPublicInterest, boolean complex, boolean majorViolation) {
    }

    private final CaseSteps steps;
    private final Proposals proposals;
    private final PartyDirectory parties;
    private final OfficerOptions officers;
    private final CaseworkProperties rules;
    private final CaseClock clock;

    Investigations(CaseSteps steps, Proposals proposals, PartyDirectory parties, OfficerOptions officers,
                   CaseworkProperties rules, CaseClock clock) {
        this.steps = steps;
        this.proposals = proposals;
        this.parties = parties;
        this.officers = officers;
        this.rules = rules;
        this.clock = clock;
    }

    public Outcome recordEvidence(SignedInUser user, long id, Request request, EvidenceForm form) {
        if (form.kind() == null) {
            throw InvalidInput.of("kind", "casework.input.required");
        }
        String title = Input.text("title", form.title());
        LocalDate collected = form.collectedOn() == null ? steps.today() : form.collectedOn();
        if (collected.isAfter(steps.today())) {
            throw InvalidInput.of("collectedOn", "casework.input.future");
        }
        return steps.take(user, id, request, Transition.RECORD_EVIDENCE, (c, today) -> c.withEvidence(new Evidence(0,
                form.kind(), title, Input.optional(form.description()), collected, user.getUsername(), null)), title);
    }

    /** 调查终结: the proposed decision weighed against the benchmark, and the case's weight. */
    public Outcome submitForReview(SignedInUser user, long id, Request request, ProposalForm proposal, Weight weight) {
        return steps.take(user, id, request, Transition.SUBMIT_FOR_REVIEW, (c, today) -> {
            Proposals.Weighed weighed = proposals.weigh(c, proposal, today);
            PenaltyCase.Investigation i = c.investigation();
            PenaltyCase.Review r = c.review();
            return c.with(new PenaltyCase.Investigation(i.itemIds(), i.itemCodes(), i.handlerIds(), i.facts(),
                            i.violationOn(), i.extendedTimeBar(), i.filedOn(), i.declineReason(),
                            weight.majorPublicInterest(), weight.complex(), weight.majorViolation()))
                    .with(new PenaltyCase.Review(weighed.proposal(), weighed.findings(), null, null, null,
                            r.discussedOn(), r.discussion()));
        }, Input.optional(proposal.reason()));
    }

    /** 退回补充调查: what was reviewed, notified and heard is done again. */
    public Outcome returnForInvestigation(SignedInUser user, long id, Request request, @Nullable String reason) {
        String why = Input.text("reason", reason);
        return steps.take(user, id, request, Transition.RETURN_FOR_INVESTIGATION, (c, today) -> c.reopened(), why);
    }

    public Outcome submitForLegalReview(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.SUBMIT_FOR_LEGAL_REVIEW, (c, today) -> c, null);
    }

    /** 法制审核通过, by the legal office, never by one of the case's investigators. */
    public Outcome passLegalReview(SignedInUser user, long id, Request request, @Nullable String opinion) {
        String note = Input.optional(opinion);
        return steps.take(user, id, request, Transition.PASS_LEGAL_REVIEW, (c, today) -> c.with(legalReview(c,
                clock.now(), user.getUsername(), note)), note);
    }

    /** 法制审核退回 to the investigation, with the reviewer's opinion. */
    public Outcome rejectLegalReview(SignedInUser user, long id, Request request, @Nullable String opinion) {
        String note = Input.text("opinion", opinion);
        return steps.take(user, id, request, Transition.REJECT_LEGAL_REVIEW, (c, today) -> c.reopened()
                .with(legalReview(c, null, user.getUsername(), note)), note);
    }

    /** 集体讨论 by the heads of the agency: the day it was held and its conclusion. */
    public Outcome holdCollectiveDiscussion(SignedInUser user, long id, Request request, @Nullable LocalDate heldOn,
                                            @Nullable String conclusion) {
        String text = Input.text("conclusion", conclusion);
        LocalDate held = heldOn == null ? steps.today() : heldOn;
        if (held.isAfter(steps.today())) {
            throw InvalidInput.of("heldOn", "casework.input.future");
        }
        return steps.take(user, id, request, Transition.HOLD_COLLECTIVE_DISCUSSION, (c, today) -> {
            PenaltyCase.Review r = c.review();
            return c.with(new PenaltyCase.Review(r.proposed(), r.benchmarkFindings(), r.legalReviewPassedAt(),
                    r.legalReviewer(), r.legalReviewNote(), held, text));
        }, text);
    }

    /** 事先告知 of the proposed decision; it carries hearing rights where 第六十三条 gives them. */
    public Outcome notifyParty(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.NOTIFY, (c, today) -> {
            PartyKind kind = parties.find(c.origin().partyId()).map(party -> party.kind()).orElse(PartyKind.ENTERPRISE);
            boolean hearingRights = HearingRights.apply(c.review().proposed(), kind, rules);
            return c.with(new PenaltyCase.Notice(c.review().proposed(), today, hearingRights, false, null))
                    .with(PenaltyCase.Hearing.none());
        }, null);
    }

    /** 陈述、申辩 as the party made it, or its declaration that it gives up its rights (which ends the periods). */
    public Outcome recordStatement(SignedInUser user, long id, Request request, @Nullable String statement,
                                   boolean waived) {
        String said = Input.optional(statement);
        if (said == null && !waived) {
            throw InvalidInput.of("statement", "casework.input.required");
        }
        return steps.take(user, id, request, Transition.RECORD_STATEMENT, (c, today) -> c.with(new PenaltyCase.Notice(
                c.notice().notified(), c.notice().notifiedOn(), c.notice().hearingRights(), waived, said)), said);
    }

    public Outcome requestHearing(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.REQUEST_HEARING, (c, today) -> c.with(new PenaltyCase.Hearing(
                true, null, null, null, null, null)), null);
    }

    /** 听证通知 today for a day at least seven working days ahead, chaired by an officer who did not investigate. */
    public Outcome scheduleHearing(SignedInUser user, long id, Request request, @Nullable LocalDate hearingOn,
                                   @Nullable Long chair) {
        if (hearingOn == null) {
            throw InvalidInput.of("hearingOn", "casework.input.required");
        }
        if (chair == null) {
            throw InvalidInput.of("chair", "casework.input.required");
        }
        return steps.take(user, id, request, Transition.SCHEDULE_HEARING, (c, today) -> {
            if (officers.find(chair).filter(officer -> officer.agencyId() == c.agencyId()).isEmpty()) {
                throw InvalidInput.of("chair", "casework.hearing.chair.unknown");
            }
            return c.with(new PenaltyCase.Hearing(true, today, hearingOn, chair, null, null));
        }, hearingOn.toString());
    }

    /** 举行听证: its record (听证笔录), from which the decision follows (第六十五条). */
    public Outcome holdHearing(SignedInUser user, long id, Request request, @Nullable String record) {
        String text = Input.text("record", record);
        return steps.take(user, id, request, Transition.HOLD_HEARING, (c, today) -> {
            PenaltyCase.Hearing h = c.hearing();
            return c.with(new PenaltyCase.Hearing(true, h.noticeOn(), h.scheduledOn(), h.chair(), clock.now(),
                    text));
        }, null);
    }

    private static PenaltyCase.Review legalReview(PenaltyCase c, @Nullable Instant passedAt, String reviewer,
                                                  @Nullable String note) {
        PenaltyCase.Review r = c.review();
        return new PenaltyCase.Review(r.proposed(), r.benchmarkFindings(), passedAt, reviewer, note, r.discussedOn(),
                r.discussion());
    }
}
