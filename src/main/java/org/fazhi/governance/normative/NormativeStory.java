package org.fazhi.governance.normative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Takes a generated normative document through the steps its drafters and the justice bureau would have taken by
 * {@code today}, through the aggregate itself, so a generated document keeps the same rules and dates as a recorded
 * one. In two halves, because the registration number is the county's serial of the publication year: {@link #draft}
 * up to the deliberation (a few found unlawful or restricting competition and back in drafting), then
 * {@link #publish} with the number, followed by its filings (most within the period, some late, a few never), its
 * entry into force, the clean-up dispositions it was given and its expiry, in the order of their days. Nothing
 * happens on or after today.
 */
final class NormativeStory {

    static final String BY = "generator";

    private static final String[] OPINIONS = {"制定主体、程序和内容合法", "未发现违反上位法规定的内容",
        "第五条删除增设行政许可的内容后合法", "第八条罚款数额超出上位法规定幅度，修改后合法"};

    private final NormativeTerms terms;
    private final LocalDate today;
    private final Random random;
    private final String reviewer;
    private final String meeting;

    NormativeStory(NormativeTerms terms, LocalDate today, Random random, String countyName) {
        this.terms = terms;
        this.today = today;
        this.random = random;
        this.reviewer = countyName + "司法局";
        this.meeting = countyName + "人民政府常务会议";
    }

    /** A clean-up campaign's disposition of one document. */
    record Disposal(String campaign, CleanupDisposition disposition, LocalDate on, @Nullable String note) {
    }

    /** Registered and taken as far as the deliberation; the day it is to be published, if it gets there. */
    record Drafted(NormativeDocument document, @Nullable LocalDate publishOn) {
    }

    /** The document aimed at publication on {@code target}; its comment opens some two months before. */
    Drafted draft(NormativeDocument.Draft draft, LocalDate target) {
        NormativeDocument d = NormativeDocument.drafted(draft, BY);
        LocalDate from = target.minusDays((draft.businessRelated() ? 75 : 55) + random.nextInt(10));
        if (!past(from)) {
            return new Drafted(d, null);
        }
        d.openComment(from, from.plusDays(draft.businessRelated() ? 34 : 20), terms);
        LocalDate closed = d.comment().to().plusDays(1 + random.nextInt(3));
        if (!past(closed)) {
            return new Drafted(d, null);
        }
        d.closeComment(closed, random.nextInt(31));
        LocalDate reviewed = closed.plusDays(3 + random.nextInt(10));
        int roll = random.nextInt(100);
        if (!past(reviewed)) {
            return new Drafted(d, null);
        }
        d.reviewLegality(new NormativeDocument.LegalityReview(reviewer, reviewed, roll < 3 ? LegalityConclusion.UNLAWFUL
                : roll < 28 ? LegalityConclusion.LAWFUL_AFTER_CHANGES : LegalityConclusion.LAWFUL,
                roll < 3 ? "设定行政许可和收费事项，违反上位法规定" : OPINIONS[random.nextInt(OPINIONS.length)]));
        LocalDate fair = reviewed.plusDays(1 + random.nextInt(5));
        if (d.state() != NormativeState.FAIR_COMPETITION_REVIEW || !past(fair)) {
            return new Drafted(d, null);
        }
        d.reviewFairCompetition(new NormativeDocument.FairCompetitionReview(!draft.businessRelated()
                ? FairCompetitionConclusion.NOT_APPLICABLE : random.nextInt(100) < 3
                ? FairCompetitionConclusion.NON_COMPLIANT : FairCompetitionConclusion.COMPLIANT, fair));
        LocalDate deliberated = fair.plusDays(3 + random.nextInt(8));
        if (d.state() != NormativeState.DELIBERATION || !past(deliberated)) {
            return new Drafted(d, null);
        }
        d.deliberate(new NormativeDocument.Deliberation(deliberated, meeting));
        LocalDate publish = deliberated.plusDays(2 + random.nextInt(8));
        return new Drafted(d, past(publish) ? publish : null);
    }

    /** The day each body has it on file: 88% within the period, 8% weeks late, 4% not yet; null for not yet. */
    @Nullable LocalDate filingDay(LocalDate publishedOn) {
        int roll = random.nextInt(100);
        return roll < 88 ? publishedOn.plusDays(3 + random.nextInt(terms.filingDays() - 2))
                : roll < 96 ? publishedOn.plusDays(terms.filingDays() + 1 + random.nextInt(28)) : null;
    }

    /** 三统一, then the filings, entry into force, dispositions and expiry in the order of their days. */
    void publish(NormativeDocument d, LocalDate on, String registrationNumber, String documentNumber, String where,
                 @Nullable LocalDate government, @Nullable LocalDate congress, List<Disposal> disposals) {
        d.publish(registrationNumber, documentNumber, on, where, terms);
        NormativeDocument.Issue issue = d.issue();
        List<Event> events = new ArrayList<>();
        if (government != null) {
            events.add(new Event(government, doc -> doc.file(FilingBody.HIGHER_GOVERNMENT, government)));
        }
        if (congress != null) {
            events.add(new Event(congress, doc -> doc.file(FilingBody.PEOPLES_CONGRESS, congress)));
        }
        events.add(new Event(issue.effectiveFrom(), doc -> doc.enterIntoForce(issue.effectiveFrom())));
        for (Disposal disposal : disposals) {
            events.add(new Event(disposal.on(), doc -> doc.cleanUp(disposal.disposition(), disposal.on(),
                    disposal.campaign())));
        }
        LocalDate expiry = issue.validUntil().plusDays(1);
        events.add(new Event(expiry, doc -> doc.expire(expiry, "有效期届满")));
        events.sort(Comparator.comparing(Event::on));
        for (Event event : events) {
            if (!past(event.on()) || !d.state().isIssued()) {
                return;
            }
            event.step().accept(d);
        }
    }

    private boolean past(LocalDate day) {
        return day.isBefore(today);
    }

    private record Event(LocalDate on, Consumer<NormativeDocument> step) {
    }
}
