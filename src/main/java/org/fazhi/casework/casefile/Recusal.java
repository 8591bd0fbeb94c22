package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 回避 (行政处罚法第四十三条): an officer with an interest in the case applies on his or her own motion, or the party
 * applies; the head decides. Until decided, and when upheld, the officer may not act on the case.
 *
 * @param upheld null while undecided
 */
public record Recusal(long id, long officerId, String officerName, Applicant applicant, String reason,
                      LocalDate declaredOn, String declaredBy, @Nullable Boolean upheld, @Nullable String decidedBy,
                      @Nullable LocalDate decidedOn) {

    /** Who applied: the officer himself or herself, or the party. */
    public enum Applicant { OFFICER, PARTY }

    /** The officer stays out of the case: the application is pending or upheld. */
    public boolean keepsOut() {
        return upheld == null || upheld;
    }

    public Recusal decided(boolean upheld, String by, LocalDate on) {
        return new Recusal(id, officerId, officerName, applicant, reason, declaredOn, declaredBy, upheld, by, on);
    }
}
