package org.fazhi.supervision.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A transfer of a case (三法衔接). Life cycle: the handlers propose it (PROPOSED); the agency's head approves within
 * 3 days (APPROVED) or does not (NOT_APPROVED, an end: the administrative case continues); the approved transfer is
 * handed over within 24 hours with the documents the regulation requires (HANDED_OVER); public security decides
 * within 3 days to file (FILED → the exhibits are handed over within 3 days → CLOSED) or not (NOT_FILED → the agency
 * asks for reconsideration within 3 days, decided in 3 (RECONSIDERATION), or asks the procuratorate to supervise
 * (PROCURATORATE), or continues the administrative case → CLOSED). A transfer to the supervision commission ends
 * with the commission's answer. Each step meets its time limit and opens the next one.
 */
public final class Transfer {

    private static final String BASIS = "行政执法机关移送涉嫌犯罪案件的规定";

    /** A document handed over with the transfer: a stored file of {@code platform.files}. */
    public record Document(DocumentKind kind, long fileId, String name, String addedBy, Instant addedAt) {
    }

    /** What the form or the casework decision says when a transfer is opened. */
    public record Opening(long caseId, String caseCode, RegionCode county, long agencyId, TransferKind kind,
                          String suspectedOffence, String receivingBody) {
    }

    private final long id;
    private final Opening opening;
    private TransferState state;
    private @Nullable TransferOutcome outcome;
    private final String proposedBy;
    private final Instant proposedAt;
    private @Nullable String approvedBy;
    private @Nullable Instant approvedAt;
    private @Nullable Instant handedOverAt;
    private @Nullable LocalDate decidedOn;
    private @Nullable String decisionNote;
    private boolean reconsidered;
    private boolean procuratorateAsked;
    private @Nullable LocalDate closedOn;
    private final boolean fromDecision;
    private final int version;
    private final List<TransferDeadline> deadlines;
    private final List<Document> documents;

    Transfer(long id, Opening opening, TransferState state, @Nullable TransferOutcome outcome, String proposedBy,
             Instant proposedAt, @Nullable String approvedBy, @Nullable Instant approvedAt,
             @Nullable Instant handedOverAt, @Nullable LocalDate decidedOn, @Nullable String decisionNote,
             boolean reconsidered, boolean procuratorateAsked, @Nullable LocalDate closedOn, boolean fromDecision,
             int version, List<TransferDeadline> deadlines, List<Document> documents) {
        this.id = id;
        this.opening = opening;
        this.state = state;
        this.outcome = outcome;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.handedOverAt = handedOverAt;
        this.decidedOn = decidedOn;
        this.decisionNote = decisionNote;
        this.reconsidered = reconsidered;
        this.procuratorateAsked = procuratorateAsked;
        this.closedOn = closedOn;
        this.fromDecision = fromDecision;
        this.version = version;
        this.deadlines = new ArrayList<>(deadlines);
        this.documents = new ArrayList<>(documents);
    }

    /** The handlers' proposal; the head's 3 days run from the day it is made. */
    static Transfer proposed(Opening opening, String by, Instant at, TransferDeadlines limits) {
        Transfer t = new Transfer(0, opening, TransferState.PROPOSED, null, by, at, null, null, null, null, null,
                false, false, null, false, 0, List.of(), List.of());
        t.deadlines.add(limits.startingOn(DeadlineKind.APPROVAL, limits.dayOf(at)));
        return t;
    }

    /** The head decided in casework to transfer (DecisionKind.TRANSFERRED): approved as of now, to be handed over. */
    static Transfer approvedByDecision(Opening opening, Instant at, TransferDeadlines limits) {
        Transfer t = new Transfer(0, opening, TransferState.APPROVED, null, "案件决定", at, "案件决定", at, null, null,
                null, false, false, null, true, 0, List.of(), List.of());
        t.deadlines.add(limits.handoverAfter(at));
        return t;
    }

    /** 负责人批准移送. */
    void approve(String by, Instant at, TransferDeadlines limits) {
        require(TransferState.PROPOSED, "approve");
        meet(DeadlineKind.APPROVAL, at);
        approvedBy = by;
        approvedAt = at;
        state = TransferState.APPROVED;
        deadlines.add(limits.handoverAfter(at));
    }

    /** 负责人不批准移送: the agency continues with the administrative case. */
    void refuse(String by, Instant at, String reason) {
        require(TransferState.PROPOSED, "refuse");
        meet(DeadlineKind.APPROVAL, at);
        approvedBy = by;
        decisionNote = reason;
        state = TransferState.NOT_APPROVED;
        outcome = TransferOutcome.NOT_APPROVED;
        closedOn = at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    void addDocument(Document document) {
        if (!state.isOpen()) {
            throw new RuleViolation("supervision.transfer.refused.closed", BASIS);
        }
        documents.add(document);
    }

    /** The documents the regulation requires that are not attached yet. */
    List<DocumentKind> missing(List<DocumentKind> required) {
        Set<DocumentKind> have = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(d -> have.add(d.kind()));
        return required.stream().filter(k -> !have.contains(k)).toList();
    }

    /** 移交: only with every required document (第八条). */
    void handOver(Instant at, List<DocumentKind> required, TransferDeadlines limits) {
        require(TransferState.APPROVED, "hand-over");
        List<DocumentKind> missing = missing(required);
        if (!missing.isEmpty()) {
            throw new RuleViolation("supervision.transfer.refused.documents-missing", BASIS + "第八条",
                    named("supervision.transfer.document." + missing.get(0)), missing.size());
        }
        meet(DeadlineKind.HANDOVER, at);
        handedOverAt = at;
        state = TransferState.HANDED_OVER;
        if (opening.kind() == TransferKind.PUBLIC_SECURITY) {
            deadlines.add(limits.startingOn(DeadlineKind.POLICE_DECISION, limits.dayOf(at)));
        } else if (limits.tracksCommissionDecision()) {
            deadlines.add(limits.commissionDecisionStartingOn(limits.dayOf(at)));
        }
    }

    /** The receiving body's decision (立案 or 不予立案), on the day its notice is dated. */
    void decide(boolean filed, LocalDate on, @Nullable String note, TransferDeadlines limits) {
        if (state != TransferState.HANDED_OVER && state != TransferState.RECONSIDERATION
                && state != TransferState.PROCURATORATE) {
            throw refusal("decision");
        }
        requireNotBefore(on, limits.dayOf(java.util.Objects.requireNonNull(handedOverAt)));
        Instant at = limits.startOf(on);
        if (state == TransferState.RECONSIDERATION) {
            meet(DeadlineKind.RECONSIDERATION_DECISION, at);
        } else if (state == TransferState.HANDED_OVER) {
            meet(DeadlineKind.POLICE_DECISION, at);
        }
        decidedOn = on;
        decisionNote = note;
        if (opening.kind() == TransferKind.SUPERVISION_COMMISSION) {
            close(filed ? TransferOutcome.ACCEPTED : TransferOutcome.DECLINED, on);
        } else if (filed) {
            state = TransferState.FILED;
            deadlines.add(limits.startingOn(DeadlineKind.EXHIBITS, on));
        } else {
            state = TransferState.NOT_FILED;
            if (!reconsidered && !procuratorateAsked) {
                deadlines.add(limits.startingOn(DeadlineKind.RECONSIDERATION_REQUEST, on));
            }
        }
    }

    /** 提请复议: once, within the limit of the refusal notice (第九条). */
    void requestReconsideration(LocalDate on, TransferDeadlines limits) {
        require(TransferState.NOT_FILED, "reconsideration");
        if (reconsidered || procuratorateAsked) {
            throw new RuleViolation("supervision.transfer.refused.reconsidered", BASIS + "第九条");
        }
        meet(DeadlineKind.RECONSIDERATION_REQUEST, limits.startOf(on));
        reconsidered = true;
        state = TransferState.RECONSIDERATION;
        deadlines.add(limits.startingOn(DeadlineKind.RECONSIDERATION_DECISION, on));
    }

    /** 建议人民检察院依法进行立案监督 (第九条、第十四条). */
    void askProcuratorate(LocalDate on, TransferDeadlines limits) {
        require(TransferState.NOT_FILED, "procuratorate");
        if (procuratorateAsked) {
            throw new RuleViolation("supervision.transfer.refused.procuratorate-asked", BASIS + "第十四条");
        }
        deadline(DeadlineKind.RECONSIDERATION_REQUEST).filter(TransferDeadline::isOpen)
                .ifPresent(d -> meet(DeadlineKind.RECONSIDERATION_REQUEST, limits.startOf(on)));
        procuratorateAsked = true;
        state = TransferState.PROCURATORATE;
    }

    /** Not filed, and the agency goes on with the administrative penalty (第十条). */
    void continueAdministrativeCase(LocalDate on) {
        require(TransferState.NOT_FILED, "continue");
        deadline(DeadlineKind.RECONSIDERATION_REQUEST).filter(TransferDeadline::isOpen)
                .ifPresent(d -> replace(d.droppedNow()));
        close(TransferOutcome.ADMINISTRATIVE_CONTINUES, on);
    }

    /** 移交涉案物品 after the police filed the case (第十二条). */
    void handOverExhibits(LocalDate on, TransferDeadlines limits) {
        require(TransferState.FILED, "exhibits");
        requireNotBefore(on, java.util.Objects.requireNonNull(decidedOn));
        meet(DeadlineKind.EXHIBITS, limits.startOf(on));
        close(TransferOutcome.EXHIBITS_HANDED_OVER, on);
    }

    /** The first limit passed and not met by {@code today}, if any. */
    Optional<TransferDeadline> overdueOn(LocalDate today) {
        return deadlines.stream().filter(d -> d.isOverdueOn(today)).findFirst();
    }

    Optional<TransferDeadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }

    private void close(TransferOutcome how, LocalDate on) {
        outcome = how;
        closedOn = on;
        state = TransferState.CLOSED;
    }

    private void meet(DeadlineKind kind, Instant at) {
        deadline(kind).filter(TransferDeadline::isOpen).ifPresent(d -> replace(d.met(at)));
    }

    private void replace(TransferDeadline changed) {
        deadlines.replaceAll(d -> d.kind() == changed.kind() ? changed : d);
    }

    private void require(TransferState expected, String step) {
        if (state != expected) {
            throw refusal(step);
        }
    }

    private RuleViolation refusal(String step) {
        return new RuleViolation("supervision.transfer.refused.state", BASIS,
                named("supervision.transfer.step." + step), named("supervision.transfer.state." + state));
    }

    private static DefaultMessageSourceResolvable named(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new RuleViolation("supervision.transfer.refused.date-before", BASIS, day, earliest);
        }
    }

    public long id() { return id; }
    public Opening opening() { return opening; }
    public TransferState state() { return state; }
    public @Nullable TransferOutcome outcome() { return outcome; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public @Nullable String approvedBy() { return approvedBy; }
    public @Nullable Instant approvedAt() { return approvedAt; }
    public @Nullable Instant handedOverAt() { return handedOverAt; }
    public @Nullable LocalDate decidedOn() { return decidedOn; }
    public @Nullable String decisionNote() { return decisionNote; }
    public boolean reconsidered() { return reconsidered; }
    public boolean procuratorateAsked() { return procuratorateAsked; }
    public @Nullable LocalDate closedOn() { return closedOn; }
    public boolean fromDecision() { return fromDecision; }
    public int version() { return version; }
    public List<TransferDeadline> deadlines() { return List.copyOf(deadlines); }
    public List<Document> documents() { return List.copyOf(documents); }
}
