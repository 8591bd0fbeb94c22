package org.fazhi.disclosure.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.disclosure.redaction.RedactionKind;
import org.fazhi.disclosure.redaction.RedactionSpan;
import org.jspecify.annotations.Nullable;

/**
 * A publication as the API and the review page show it. The original text and what each span hides are the legal
 * office's only ({@code null} for supervisors): the original never leaves the agency.
 */
record PublicationView(long id, long caseId, String decisionNumber, long agencyId, String county,
                       LocalDate decidedOn, LocalDate dueOn, boolean dueProvisional, PublicationState state,
                       boolean overdue, String redactedText, List<Span> spans, @Nullable String originalText,
                       @Nullable Instant publishedAt, @Nullable String publishedBy, @Nullable LocalDate expiresOn,
                       @Nullable Instant withdrawnAt, @Nullable String withdrawalReason, int version) {

    /** One redaction: where in the original, what kind, what the public reads, and (legal office only) what it hides. */
    record Span(int start, int end, RedactionKind kind, String replacement, @Nullable String original) {
    }

    static PublicationView of(Publication p, LocalDate today, boolean legalOffice) {
        List<Span> spans = p.redaction().spans().stream().map(s -> span(s, legalOffice)).toList();
        return new PublicationView(p.id(), p.decision().caseId(), p.decision().decisionNumber(),
                p.decision().agencyId(), p.decision().county().value(), p.decision().decidedOn(), p.dueOn(),
                p.dueProvisional(), p.state(), p.isOverdueOn(today), p.redaction().apply(), spans,
                legalOffice ? p.redaction().text() : null, p.publishedAt(), p.publishedBy(), p.expiresOn(),
                p.withdrawnAt(), p.withdrawalReason(), p.version());
    }

    private static Span span(RedactionSpan s, boolean legalOffice) {
        return new Span(s.start(), s.end(), s.kind(), s.replacement(), legalOffice ? s.original() : null);
    }
}
