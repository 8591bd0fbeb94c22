package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reconsideration case (行政复议案件). Life cycle: the body receives the application (RECEIVED; a late one, 第二十条,
 * is flagged) and within 5 working days accepts it (ACCEPTED), refuses it with reasons (NOT_ACCEPTED) or asks for a
 * correction (CORRECTING: the applicant has 10 working days; the correction restarts the examination, no correction
 * in time = ABANDONED); an application not examined in time is deemed accepted on the period's last day (第三十条).
 * Accepted: the copy goes to the respondent within 7 working days and it answers within 10; the case is heard in
 * writing, at a hearing (notice 5 working days before) or on site; it ends (CONCLUDED) in a decision within 60 days
 * (30 simplified; +30 once with the head's approval), a mediation statement, or a settlement and withdrawal (终止).
 */
public final class ReconsiderationCase {

    private static final String LAW = "行政复议法";

    /** Who applies: a person's ID number only encrypted and masked, an organisation's credit code if it has one. */
    public record Applicant(ApplicantKind kind, String name, @Nullable String idCipher, @Nullable String idMasked,
                            @Nullable String creditCode) {
    }

    /** What the body records on receipt; {@code caseId} when the contested act is a Fazhi penalty case. */
    public record Application(RegionCode county, LocalDate receivedOn, Channel channel, @Nullable String intakePoint,
                              Applicant applicant, long agencyId, String act, @Nullable Long caseId,
                              @Nullable String caseCode, LocalDate knewOn, boolean rightExplained) {
    }

    /** The examination, hearing and conclusion as they stand. */
    public record Progress(@Nullable String refusalReason, @Nullable String correctionItems,
                           @Nullable LocalDate acceptedOn, boolean deemedAccepted, @Nullable Procedure procedure,
                           @Nullable LocalDate copiedOn, @Nullable LocalDate answeredOn,
                           @Nullable String answerEvidence, @Nullable HearingMode hearingMode,
                           @Nullable LocalDate hearingOn, @Nullable LocalDate hearingNoticeOn,
                           @Nullable String extendedBy, @Nullable LocalDate extendedOn,
                           @Nullable ReconsiderationOutcome outcome, boolean settled, @Nullable LocalDate concludedOn,
                           @Nullable String conclusionNote) {

        static Progress none() {
            return new Progress(null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                    false, null, null);
        }
    }

    private final long id;
    private final String number;
    private final Application application;
    private final boolean lateApplication;
    private final String receivedBy;
    private final int version;
    private ReconsiderationState state;
    private Progress p;
    private final List<ReconsiderationDeadline> deadlines;

    ReconsiderationCase(long id, String number, Application application, boolean lateApplication, String receivedBy,
                        int version, ReconsiderationState state, Progress progress,
                        List<ReconsiderationDeadline> deadlines) {
        this.id = id;
        this.number = number;
        this.application = application;
        this.lateApplication = lateApplication;
        this.receivedBy = receivedBy;
        this.version = version;
        this.state = state;
        this.p = progress;
        this.deadlines = new ArrayList<>(deadlines);
    }

    /** 收到申请: the examination's 5 working days start; a late application is flagged, not refused here. */
    static ReconsiderationCase received(Application a, String number, String by, ReconsiderationDeadlines limits) {
        ReconsiderationCase c = new ReconsiderationCase(0, number, a,
                limits.isLate(a.knewOn(), a.receivedOn(), a.rightExplained()), by, 0, ReconsiderationState.RECEIVED,
                Progress.none(), List.of());
        c.deadlines.add(limits.startingOn(DeadlineKind.EXAMINATION, a.receivedOn()));
        return c;
    }

    /** 视为受理: not examined by the period's last day, the application is accepted as of that day (第三十条). */
    boolean deemAcceptanceBy(LocalDate today, ReconsiderationDeadlines limits) {
        Optional<ReconsiderationDeadline> exam = open(DeadlineKind.EXAMINATION);
        if (state != ReconsiderationState.RECEIVED || exam.isEmpty() || !exam.get().dueOn().isBefore(today)) {
            return false;
        }
        replace(exam.get().droppedNow());
        begin(exam.get().dueOn(), Procedure.GENERAL, true, limits);
        return true;
    }

    /** 受理. */
    void accept(LocalDate on, Procedure procedure, ReconsiderationDeadlines limits) {
        require(ReconsiderationState.RECEIVED, "accept");
        requireWithinExamination(on, "accept");
        meet(DeadlineKind.EXAMINATION, on);
        begin(on, procedure, false, limits);
    }

    /** 不予受理, with its reasons, within the examination period. */
    void refuse(LocalDate on, String reason) {
        require(ReconsiderationState.RECEIVED, "refuse");
        requireWithinExamination(on, "refuse");
        meet(DeadlineKind.EXAMINATION, on);
        p = with(on, reason, p.correctionItems());
        state = ReconsiderationState.NOT_ACCEPTED;
    }

    /** 补正通知 within the examination period: the applicant's 10 working days start (第三十一条). */
    void requestCorrection(LocalDate on, String items, ReconsiderationDeadlines limits) {
        require(ReconsiderationState.RECEIVED, "correction");
        requireWithinExamination(on, "correction");
        meet(DeadlineKind.EXAMINATION, on);
        p = with(null, null, items);
        state = ReconsiderationState.CORRECTING;
        deadlines.add(limits.startingOn(DeadlineKind.CORRECTION, on));
    }

    /** 补正: the examination starts again from the day the corrected application is received. */
    void corrected(LocalDate on, ReconsiderationDeadlines limits) {
        require(ReconsiderationState.CORRECTING, "corrected");
        ReconsiderationDeadline limit = open(DeadlineKind.CORRECTION).orElseThrow();
        requireNotBefore(on, limit.startedOn());
        if (on.isAfter(limit.dueOn())) {
            throw new RuleViolation("disputes.reconsideration.refused.correction-late", LAW + "第三十一条",
                    limit.dueOn());
        }
        meet(DeadlineKind.CORRECTION, on);
        state = ReconsiderationState.RECEIVED;
        deadlines.add(limits.startingOn(DeadlineKind.EXAMINATION, on));
    }

    /** 逾期不补正，视为放弃: only once the correction period has passed. */
    void abandon(LocalDate on) {
        require(ReconsiderationState.CORRECTING, "abandon");
        ReconsiderationDeadline limit = open(DeadlineKind.CORRECTION).orElseThrow();
        if (!on.isAfter(limit.dueOn())) {
            throw new RuleViolation("disputes.reconsideration.refused.correction-running", LAW + "第三十一条",
                    limit.dueOn());
        }
        replace(limit.droppedNow());
        p = with(on, null, p.correctionItems());
        state = ReconsiderationState.ABANDONED;
    }

    /** 发送申请书副本: the respondent's 10 working days to answer start (第四十八条). */
    void sendCopy(LocalDate on, ReconsiderationDeadlines limits) {
        requireHearing("copy");
        if (p.copiedOn() != null) {
            throw refusal("copy");
        }
        requireNotBefore(on, accepted());
        meet(DeadlineKind.COPY, on);
        p = progress(b -> b.copiedOn = on);
        deadlines.add(limits.startingOn(DeadlineKind.ANSWER, on));
    }

    /** 被申请人答复 with its evidence, once the copy was sent. */
    void recordAnswer(LocalDate on, String evidence) {
        requireHearing("answer");
        if (p.copiedOn() == null || p.answeredOn() != null) {
            throw refusal("answer");
        }
        requireNotBefore(on, p.copiedOn());
        meet(DeadlineKind.ANSWER, on);
        p = progress(b -> {
            b.answeredOn = on;
            b.answerEvidence = evidence;
        });
    }

    /** 审理方式; a hearing's notice at least 5 working days before it (第五十条). */
    void hear(HearingMode mode, LocalDate on, @Nullable LocalDate noticeOn, ReconsiderationDeadlines limits) {
        requireHearing("hearing");
        requireNotBefore(on, accepted());
        if (mode == HearingMode.HEARING) {
            if (noticeOn == null || !limits.noticeInTime(noticeOn, on)) {
                throw new RuleViolation("disputes.reconsideration.refused.hearing-notice", LAW + "第五十条",
                        limits.hearingNoticeWorkingDays());
            }
        }
        p = progress(b -> {
            b.hearingMode = mode;
            b.hearingOn = on;
            b.hearingNoticeOn = mode == HearingMode.HEARING ? noticeOn : null;
        });
    }

    /** 简易程序转为普通程序: the decision's limit becomes the general one (第五十五条). */
    void convertToGeneral(ReconsiderationDeadlines limits) {
        requireHearing("convert");
        if (p.procedure() != Procedure.SIMPLIFIED) {
            throw refusal("convert");
        }
        p = progress(b -> b.procedure = Procedure.GENERAL);
        reopenDecision(limits);
    }

    /** 延期: once, general procedure only, approved by the body's head before the limit ends (第六十二条). */
    void extend(LocalDate on, String approvedBy, ReconsiderationDeadlines limits) {
        requireHearing("extend");
        if (p.procedure() != Procedure.GENERAL) {
            throw new RuleViolation("disputes.reconsideration.refused.extend-simplified", LAW + "第六十二条");
        }
        if (p.extendedOn() != null) {
            throw new RuleViolation("disputes.reconsideration.refused.extended", LAW + "第六十二条",
                    limits.extensionDays());
        }
        ReconsiderationDeadline decision = open(DeadlineKind.DECISION).orElseThrow();
        requireNotBefore(on, accepted());
        if (on.isAfter(decision.dueOn())) {
            throw new RuleViolation("disputes.reconsideration.refused.extend-late", LAW + "第六十二条",
                    decision.dueOn());
        }
        p = progress(b -> {
            b.extendedOn = on;
            b.extendedBy = approvedBy;
        });
        reopenDecision(limits);
    }

    /** 调解: the case ends with a signed 行政复议调解书 (第七十三条). */
    void mediate(LocalDate on, String statement) {
        conclude(ReconsiderationOutcome.MEDIATED, on, statement, false);
    }

    /** 和解: the applicant withdraws after settling with the respondent, and the case is terminated. */
    void settle(LocalDate on, String terms) {
        conclude(ReconsiderationOutcome.TERMINATED, on, terms, true);
    }

    /** 作出行政复议决定. */
    void decide(ReconsiderationOutcome kind, LocalDate on, String reasons) {
        if (kind == ReconsiderationOutcome.MEDIATED) {
            throw new RuleViolation("disputes.reconsideration.refused.mediation-is-not-a-decision", LAW + "第七十三条");
        }
        conclude(kind, on, reasons, false);
    }

    /** The first limit passed and not met by {@code today}, if any. */
    Optional<ReconsiderationDeadline> overdueOn(LocalDate today) {
        return deadlines.stream().filter(d -> d.isOverdueOn(today)).findFirst();
    }

    Optional<ReconsiderationDeadline> open(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind && d.isOpen()).reduce((first, last) -> last);
    }

    private void conclude(ReconsiderationOutcome outcome, LocalDate on, String note, boolean settled) {
        requireHearing("conclude");
        requireNotBefore(on, accepted());
        meet(DeadlineKind.DECISION, on);
        deadlines.stream().filter(ReconsiderationDeadline::isOpen).toList().forEach(d -> replace(d.droppedNow()));
        p = progress(b -> {
            b.outcome = outcome;
            b.concludedOn = on;
            b.conclusionNote = note;
            b.settled = settled;
        });
        state = ReconsiderationState.CONCLUDED;
    }

    private void begin(LocalDate on, Procedure procedure, boolean deemed, ReconsiderationDeadlines limits) {
        p = progress(b -> {
            b.acceptedOn = on;
            b.deemedAccepted = deemed;
            b.procedure = procedure;
        });
        state = ReconsiderationState.ACCEPTED;
        deadlines.add(limits.startingOn(DeadlineKind.COPY, on));
        deadlines.add(limits.decision(on, procedure, false));
    }

    private void reopenDecision(ReconsiderationDeadlines limits) {
        ReconsiderationDeadline old = open(DeadlineKind.DECISION).orElseThrow();
        replace(old.droppedNow());
        deadlines.add(limits.decision(accepted(), p.procedure() == null ? Procedure.GENERAL : p.procedure(),
                p.extendedOn() != null));
    }

    private LocalDate accepted() {
        return java.util.Objects.requireNonNull(p.acceptedOn());
    }

    private Progress with(@Nullable LocalDate concludedOn, @Nullable String refusalReason,
                          @Nullable String correctionItems) {
        return progress(b -> {
            b.concludedOn = concludedOn;
            b.refusalReason = refusalReason;
            b.correctionItems = correctionItems;
        });
    }

    private Progress progress(java.util.function.Consumer<ProgressBuilder> change) {
        ProgressBuilder b = new ProgressBuilder(p);
        change.accept(b);
        return b.build();
    }

    private void meet(DeadlineKind kind, LocalDate on) {
        open(kind).ifPresent(d -> replace(d.met(on)));
    }

    /** Replaces the open limit of the same kind and start (at most one is open at a time). */
    private void replace(ReconsiderationDeadline changed) {
        for (int i = deadlines.size() - 1; i >= 0; i--) {
            ReconsiderationDeadline d = deadlines.get(i);
            if (d.kind() == changed.kind() && d.startedOn().equals(changed.startedOn()) && d.isOpen()) {
                deadlines.set(i, changed);
                return;
            }
        }
    }

    private void requireWithinExamination(LocalDate on, String step) {
        ReconsiderationDeadline exam = open(DeadlineKind.EXAMINATION).orElseThrow(() -> refusal(step));
        requireNotBefore(on, exam.startedOn());
        if (on.isAfter(exam.dueOn())) {
            throw new RuleViolation("disputes.reconsideration.refused.deemed-accepted", LAW + "第三十条",
                    exam.dueOn());
        }
    }

    private void requireHearing(String step) {
        require(ReconsiderationState.ACCEPTED, step);
    }

    private void require(ReconsiderationState expected, String step) {
        if (state != expected) {
            throw refusal(step);
        }
    }

    private RuleViolation refusal(String step) {
        return new RuleViolation("disputes.reconsideration.refused.state", LAW,
                named("disputes.reconsideration.step." + step), named("disputes.reconsideration.state." + state));
    }

    private static DefaultMessageSourceResolvable named(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new RuleViolation("disputes.reconsideration.refused.date-before", LAW, day, earliest);
        }
    }

    public long id() { return id; }
    public String number() { return number; }
    public Application application() { return application; }
    public boolean lateApplication() { return lateApplication; }
    public String receivedBy() { return receivedBy; }
    public int version() { return version; }
    public ReconsiderationState state() { return state; }
    public Progress progress() { return p; }
    public List<ReconsiderationDeadline> deadlines() { return List.copyOf(deadlines); }
}
