package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An administrative lawsuit (行政诉讼案件) where a county agency is defendant. Life cycle: registered when the agency
 * is served the complaint (收到起诉状副本), which starts the defence period (15 days, 第六十七条); the agency submits
 * its defence and evidence; each hearing is recorded with who appeared for the agency (第三条); the lawsuit ends once
 * with an outcome on its day (judgment, ruling, withdrawal or mediation). An appeal or retrial is a new lawsuit of
 * the higher instance naming the one it continues.
 */
public final class Lawsuit {

    static final String LAW = "行政诉讼法";

    /** Who sues: a person's ID number only encrypted and masked, an organisation's credit code if it has one. */
    public record Plaintiff(PlaintiffKind kind, String name, @Nullable String idCipher, @Nullable String idMasked,
                            @Nullable String creditCode) {
    }

    /** What is registered on service; {@code caseId} when the contested act is a Fazhi penalty case. */
    public record Filing(RegionCode county, String court, Instance instance, String courtNumber,
                         @Nullable Long priorId, Plaintiff plaintiff, long agencyId, String cause, String act,
                         @Nullable Long caseId, @Nullable String caseCode, LocalDate servedOn) {
    }

    /** A hearing (开庭) and who appeared for the agency; {@code appearedBy} names the person and post. */
    public record Hearing(LocalDate heldOn, Appearance appearance, @Nullable String appearedBy) {
    }

    /** How and when the lawsuit ended. */
    public record Conclusion(LawsuitOutcome outcome, LocalDate decidedOn, @Nullable String note) {
    }

    private final long id;
    private final Filing filing;
    private final LocalDate defenceDueOn;
    private final String registeredBy;
    private final int version;
    private @Nullable LocalDate defenceSubmittedOn;
    private final List<Hearing> hearings;
    private @Nullable Conclusion conclusion;

    Lawsuit(long id, Filing filing, LocalDate defenceDueOn, String registeredBy, int version,
            @Nullable LocalDate defenceSubmittedOn, List<Hearing> hearings, @Nullable Conclusion conclusion) {
        this.id = id;
        this.filing = filing;
        this.defenceDueOn = defenceDueOn;
        this.registeredBy = registeredBy;
        this.version = version;
        this.defenceSubmittedOn = defenceSubmittedOn;
        this.hearings = new ArrayList<>(hearings);
        this.conclusion = conclusion;
    }

    /** 收到起诉状副本: the defence is due {@code defenceDueOn}. */
    static Lawsuit served(Filing filing, LocalDate defenceDueOn, String by) {
        return new Lawsuit(0, filing, defenceDueOn, by, 0, null, List.of(), null);
    }

    /** 提交答辩状及证据: once, not before service. */
    void submitDefence(LocalDate on) {
        requireOpen();
        if (defenceSubmittedOn != null) {
            throw new RuleViolation("disputes.litigation.refused.defence-submitted", LAW + "第六十七条",
                    defenceSubmittedOn);
        }
        requireNotBefore(on, filing.servedOn());
        defenceSubmittedOn = on;
    }

    /** 开庭: who appeared for the agency; staff only or nobody is recorded as such, not refused. */
    void recordHearing(Hearing hearing) {
        requireOpen();
        requireNotBefore(hearing.heldOn(), filing.servedOn());
        hearings.add(hearing);
    }

    /** 结案: once, not before service nor before the last hearing. */
    void conclude(Conclusion c) {
        requireOpen();
        requireNotBefore(c.decidedOn(), filing.servedOn());
        hearings.stream().map(Hearing::heldOn).max(LocalDate::compareTo)
                .ifPresent(last -> requireNotBefore(c.decidedOn(), last));
        conclusion = c;
    }

    /** The defence was not submitted and its last day has passed. */
    boolean defenceOverdueOn(LocalDate today) {
        return defenceSubmittedOn == null && conclusion == null && today.isAfter(defenceDueOn);
    }

    /** Whether the defence came in time; null while not submitted. */
    @Nullable Boolean defenceOnTime() {
        return defenceSubmittedOn == null ? null : !defenceSubmittedOn.isAfter(defenceDueOn);
    }

    boolean isConcluded() {
        return conclusion != null;
    }

    private void requireOpen() {
        if (conclusion != null) {
            throw new RuleViolation("disputes.litigation.refused.concluded", LAW, conclusion.decidedOn());
        }
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new RuleViolation("disputes.litigation.refused.date-before", LAW, day, earliest);
        }
    }

    public long id() { return id; }
    public Filing filing() { return filing; }
    public LocalDate defenceDueOn() { return defenceDueOn; }
    public String registeredBy() { return registeredBy; }
    public int version() { return version; }
    public @Nullable LocalDate defenceSubmittedOn() { return defenceSubmittedOn; }
    public List<Hearing> hearings() { return List.copyOf(hearings); }
    public @Nullable Conclusion conclusion() { return conclusion; }
}
