package org.fazhi.governance.normative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document as the API and the detail page show it: each step's record, the filing deadline and how each body's
 * filing kept it, whether it is overdue or expiring today, and the steps the caller may take now.
 */
public record NormativeView(long id, String title, long agencyId, String agencyName, boolean businessRelated,
                            boolean provisional, NormativeState state, NormativeDocument.@Nullable Comment comment,
                            NormativeDocument.@Nullable LegalityReview legality,
                            NormativeDocument.@Nullable FairCompetitionReview fairCompetition,
                            NormativeDocument.@Nullable Deliberation deliberation,
                            NormativeDocument.@Nullable Issue issue, NormativeDocument.Filing filing,
                            @Nullable Boolean filedLateWithGovernment, @Nullable Boolean filedLateWithCongress,
                            boolean filingOverdue, boolean expiring, NormativeDocument.@Nullable End end,
                            List<String> steps) {

    static NormativeView of(NormativeDocument d, String agencyName, LocalDate today, LocalDate remindUntil,
                            boolean drafter, boolean bureau) {
        NormativeDocument.Draft draft = d.draft();
        return new NormativeView(d.id(), draft.title(), draft.agencyId(), agencyName, draft.businessRelated(),
                draft.provisional(), d.state(), d.comment(), d.legality(), d.fairCompetition(), d.deliberation(),
                d.issue(), d.filing(), d.filedLate(FilingBody.HIGHER_GOVERNMENT),
                d.filedLate(FilingBody.PEOPLES_CONGRESS), d.filingOverdueOn(today),
                d.expiringBetween(today, remindUntil), d.end(), steps(d, drafter, bureau));
    }

    /** The steps open now: the drafter's while drafting, the bureau's for review, publication and after. */
    static List<String> steps(NormativeDocument d, boolean drafter, boolean bureau) {
        List<String> steps = new ArrayList<>();
        switch (d.state()) {
            case DRAFTING -> add(steps, drafter, "comment");
            case PUBLIC_COMMENT -> add(steps, drafter, "close-comment");
            case LEGALITY_REVIEW -> add(steps, bureau, "legality");
            case FAIR_COMPETITION_REVIEW -> add(steps, drafter, "fair-competition");
            case DELIBERATION -> {
                add(steps, drafter && d.deliberation() == null, "deliberate");
                add(steps, bureau && d.deliberation() != null, "publish");
            }
            case PUBLISHED, FILED, IN_FORCE -> {
                add(steps, bureau && !d.filing().complete(), "file");
                add(steps, bureau && d.state() != NormativeState.IN_FORCE, "in-force");
                add(steps, bureau, "expire");
                add(steps, bureau, "repeal");
            }
            default -> { }
        }
        return List.copyOf(steps);
    }

    private static void add(List<String> steps, boolean allowed, String step) {
        if (allowed) {
            steps.add(step);
        }
    }
}
