package org.fazhi.governance.normative;

import java.time.LocalDate;
import java.util.Objects;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A normative document (行政规范性文件). Life cycle: the drafting agency registers it (DRAFTING) and opens the public
 * comment (PUBLIC_COMMENT, at least the county's minimum period); when the period has run it goes to the justice
 * bureau's legality review (LEGALITY_REVIEW), which passes it to the fair-competition review
 * (FAIR_COMPETITION_REVIEW) or sends it back to drafting; a compliant document goes to collective deliberation
 * (DELIBERATION). Only a document whose legality review passed and which was deliberated is published under the
 * 三统一 (PUBLISHED): a unified registration number, its document number, the day and place of publication. It is
 * filed with the higher government and the people's congress standing committee within the filing period (FILED
 * once both are), comes into force (IN_FORCE), and ends expired (EXPIRED: 失效, also 宣布失效 by a clean-up) or
 * repealed (REPEALED: 废止).
 */
public final class NormativeDocument {

    private static final String RULES = "规范性文件管理规定";

    /** What the drafting agency registers. */
    public record Draft(RegionCode county, long agencyId, String title, boolean businessRelated,
                        boolean provisional) {
    }

    /** 征求意见: the period and the number of comments received once it closed. */
    public record Comment(LocalDate from, LocalDate to, @Nullable Integer received) {
    }

    /** 合法性审核意见. */
    public record LegalityReview(String reviewer, LocalDate on, LegalityConclusion conclusion, String opinion) {
    }

    /** 公平竞争审查. */
    public record FairCompetitionReview(FairCompetitionConclusion conclusion, LocalDate on) {
    }

    /** 集体审议: the meeting that adopted the document. */
    public record Deliberation(LocalDate on, String meeting) {
    }

    /** 三统一 and what follows from publication. */
    public record Issue(String registrationNumber, String documentNumber, LocalDate publishedOn, String publishedIn,
                       LocalDate effectiveFrom, LocalDate validUntil, LocalDate filingDueOn) {
    }

    /** 备案 with each body, and the end of the document's effect. */
    public record Filing(@Nullable LocalDate governmentOn, @Nullable LocalDate congressOn) {

        static Filing none() {
            return new Filing(null, null);
        }

        @Nullable LocalDate on(FilingBody body) {
            return body == FilingBody.HIGHER_GOVERNMENT ? governmentOn : congressOn;
        }

        Filing with(FilingBody body, LocalDate on) {
            return body == FilingBody.HIGHER_GOVERNMENT ? new Filing(on, congressOn) : new Filing(governmentOn, on);
        }

        boolean complete() {
            return governmentOn != null && congressOn != null;
        }
    }

    /** How the document ended (失效 or 废止) and why. */
    public record End(LocalDate on, String reason) {
    }

    private final long id;
    private final Draft draft;
    private final String createdBy;
    private final int version;
    private NormativeState state;
    private @Nullable Comment comment;
    private @Nullable LegalityReview legality;
    private @Nullable FairCompetitionReview fairCompetition;
    private @Nullable Deliberation deliberation;
    private @Nullable Issue issue;
    private Filing filing;
    private @Nullable End end;

    NormativeDocument(long id, Draft draft, String createdBy, int version, NormativeState state,
                      @Nullable Comment comment, @Nullable LegalityReview legality,
                      @Nullable FairCompetitionReview fairCompetition, @Nullable Deliberation deliberation,
                      @Nullable Issue issue, Filing filing, @Nullable End end) {
        this.id = id;
        this.draft = draft;
        this.createdBy = createdBy;
        this.version = version;
        this.state = state;
        this.comment = comment;
        this.legality = legality;
        this.fairCompetition = fairCompetition;
        this.deliberation = deliberation;
        this.issue = issue;
        this.filing = filing;
        this.end = end;
    }

    static NormativeDocument drafted(Draft draft, String by) {
        return new NormativeDocument(0, draft, by, 0, NormativeState.DRAFTING, null, null, null, null, null,
                Filing.none(), null);
    }

    /** 公开征求意见, for at least the county's minimum period. */
    void openComment(LocalDate from, LocalDate to, NormativeTerms terms) {
        require(NormativeState.DRAFTING, "comment");
        if (to.isBefore(from) || !terms.commentLongEnough(from, to, draft.businessRelated())) {
            throw new RuleViolation(draft.businessRelated() ? "governance.normative.refused.comment-short-business"
                    : "governance.normative.refused.comment-short", RULES,
                    terms.commentMinimum(draft.businessRelated()));
        }
        comment = new Comment(from, to, null);
        state = NormativeState.PUBLIC_COMMENT;
    }

    /** 征求意见结束: once the period has run, the document goes to the legality review. */
    void closeComment(LocalDate on, int received) {
        require(NormativeState.PUBLIC_COMMENT, "close-comment");
        Comment open = Objects.requireNonNull(comment);
        if (!on.isAfter(open.to())) {
            throw new RuleViolation("governance.normative.refused.comment-running", RULES, open.to());
        }
        comment = new Comment(open.from(), open.to(), received);
        state = NormativeState.LEGALITY_REVIEW;
    }

    /** 合法性审核 by the justice bureau: a document found unlawful goes back to drafting. */
    void reviewLegality(LegalityReview review) {
        require(NormativeState.LEGALITY_REVIEW, "legality");
        requireNotBefore(review.on(), Objects.requireNonNull(comment).to());
        legality = review;
        state = review.conclusion().passes() ? NormativeState.FAIR_COMPETITION_REVIEW : NormativeState.DRAFTING;
    }

    /** 公平竞争审查: a document that restricts competition goes back to drafting. */
    void reviewFairCompetition(FairCompetitionReview review) {
        require(NormativeState.FAIR_COMPETITION_REVIEW, "fair-competition");
        fairCompetition = review;
        state = review.conclusion().passes() ? NormativeState.DELIBERATION : NormativeState.DRAFTING;
    }

    /** 集体审议: the government's meeting adopts the document. */
    void deliberate(Deliberation meeting) {
        require(NormativeState.DELIBERATION, "deliberate");
        requireNotBefore(meeting.on(), Objects.requireNonNull(fairCompetition).on());
        deliberation = meeting;
    }

    /** 统一登记、统一编号、统一发布: never without a passed legality review and a deliberation. */
    void publish(String registrationNumber, String documentNumber, LocalDate on, String where, NormativeTerms terms) {
        if (legality == null || !legality.conclusion().passes()) {
            throw new RuleViolation("governance.normative.refused.no-legality-review", RULES);
        }
        require(NormativeState.DELIBERATION, "publish");
        if (deliberation == null) {
            throw new RuleViolation("governance.normative.refused.not-deliberated", RULES);
        }
        requireNotBefore(on, deliberation.on());
        LocalDate effective = terms.effectiveFrom(on);
        issue = new Issue(registrationNumber, documentNumber, on, where, effective,
                terms.validUntil(effective, draft.provisional()), terms.filingDueOn(on));
        state = NormativeState.PUBLISHED;
    }

    /** 报送备案 with one body; FILED once both have it. */
    void file(FilingBody body, LocalDate on) {
        if (!state.isIssued() || filing.on(body) != null) {
            throw refusal("file");
        }
        requireNotBefore(on, issued().publishedOn());
        filing = filing.with(body, on);
        if (filing.complete() && state == NormativeState.PUBLISHED) {
            state = NormativeState.FILED;
        }
    }

    /** 施行: from its effective day on. */
    void enterIntoForce(LocalDate on) {
        if (state != NormativeState.PUBLISHED && state != NormativeState.FILED) {
            throw refusal("in-force");
        }
        if (on.isBefore(issued().effectiveFrom())) {
            throw new RuleViolation("governance.normative.refused.not-yet-effective", RULES, issued().effectiveFrom());
        }
        state = NormativeState.IN_FORCE;
    }

    /** 失效: its validity ended, or a clean-up declared it invalid. */
    void expire(LocalDate on, String reason) {
        finish(NormativeState.EXPIRED, on, reason, "expire");
    }

    /** 废止. */
    void repeal(LocalDate on, String reason) {
        finish(NormativeState.REPEALED, on, reason, "repeal");
    }

    /** A clean-up campaign's disposition: 保留 and 修改 leave it in force, 废止 and 宣布失效 end it. */
    void cleanUp(CleanupDisposition disposition, LocalDate on, String campaign) {
        switch (disposition) {
            case REPEAL -> repeal(on, campaign);
            case DECLARE_INVALID -> expire(on, campaign);
            default -> {
                if (!state.isIssued()) {
                    throw refusal("cleanup");
                }
            }
        }
    }

    /** Not yet filed with every body after the filing period's last day. */
    public boolean filingOverdueOn(LocalDate today) {
        return issue != null && state.isIssued() && !filing.complete() && today.isAfter(issue.filingDueOn());
    }

    /** Filed with this body after the period's last day; null while not filed. */
    public @Nullable Boolean filedLate(FilingBody body) {
        LocalDate on = filing.on(body);
        return on == null || issue == null ? null : on.isAfter(issue.filingDueOn());
    }

    /** In effect and its validity ends between {@code today} and {@code until}: listed for re-evaluation. */
    public boolean expiringBetween(LocalDate today, LocalDate until) {
        return issue != null && state.isIssued() && !issue.validUntil().isBefore(today)
                && !issue.validUntil().isAfter(until);
    }

    private void finish(NormativeState ended, LocalDate on, String reason, String step) {
        if (!state.isIssued()) {
            throw refusal(step);
        }
        requireNotBefore(on, issued().publishedOn());
        end = new End(on, reason);
        state = ended;
    }

    private Issue issued() {
        return Objects.requireNonNull(issue);
    }

    private void require(NormativeState expected, String step) {
        if (state != expected) {
            throw refusal(step);
        }
    }

    private RuleViolation refusal(String step) {
        return new RuleViolation("governance.normative.refused.state", RULES,
                named("governance.normative.step." + step), named("governance.normative.state." + state));
    }

    private static DefaultMessageSourceResolvable named(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new RuleViolation("governance.normative.refused.date-before", RULES, day, earliest);
        }
    }

    public long id() { return id; }
    public Draft draft() { return draft; }
    public String createdBy() { return createdBy; }
    public int version() { return version; }
    public NormativeState state() { return state; }
    public @Nullable Comment comment() { return comment; }
    public @Nullable LegalityReview legality() { return legality; }
    public @Nullable FairCompetitionReview fairCompetition() { return fairCompetition; }
    public @Nullable Deliberation deliberation() { return deliberation; }
    public @Nullable Issue issue() { return issue; }
    public Filing filing() { return filing; }
    public @Nullable End end() { return end; }
}
