package org.fazhi.supervision.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A transfer as the API and the detail page show it: its steps, each time limit and how it was kept, its documents. */
public record TransferView(long id, long caseId, String caseCode, long agencyId, TransferKind kind,
                           TransferState state, @Nullable TransferOutcome outcome, String suspectedOffence,
                           String receivingBody, String proposedBy, Instant proposedAt, @Nullable String approvedBy,
                           @Nullable Instant approvedAt, @Nullable Instant handedOverAt, @Nullable LocalDate decidedOn,
                           @Nullable String decisionNote, boolean reconsidered, boolean procuratorateAsked,
                           @Nullable LocalDate closedOn, boolean fromDecision, List<Limit> deadlines,
                           List<Transfer.Document> documents, List<DocumentKind> missingDocuments, boolean mayAct) {

    /** One time limit: its last day, when it was met, whether in time, whether it is overdue today. */
    public record Limit(DeadlineKind kind, LocalDate dueOn, Instant dueAt, @Nullable Instant metAt,
                        @Nullable Boolean onTime, boolean overdue, boolean dropped, boolean provisional) {
    }

    static TransferView of(Transfer t, List<DocumentKind> required, LocalDate today, boolean mayAct) {
        Transfer.Opening o = t.opening();
        List<Limit> limits = t.deadlines().stream().map(d -> new Limit(d.kind(), d.dueOn(), d.dueAt(), d.metAt(),
                d.onTime(), d.isOverdueOn(today), d.dropped(), d.provisional())).toList();
        return new TransferView(t.id(), o.caseId(), o.caseCode(), o.agencyId(), o.kind(), t.state(), t.outcome(),
                o.suspectedOffence(), o.receivingBody(), t.proposedBy(), t.proposedAt(), t.approvedBy(),
                t.approvedAt(), t.handedOverAt(), t.decidedOn(), t.decisionNote(), t.reconsidered(),
                t.procuratorateAsked(), t.closedOn(), t.fromDecision(), limits, t.documents(), t.missing(required),
                mayAct);
    }
}
