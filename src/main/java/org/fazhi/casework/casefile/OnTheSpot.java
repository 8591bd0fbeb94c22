package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What a decision on the spot (简易程序, 行政处罚法第五十一条至第五十三条) adds to its case: the party's kind (its
 * limit), where it was decided, that the officers showed their certificates, what the party said (or that it gave
 * up its rights), whether the fine was collected there and with which receipt (第六十八条至第七十条), and the report
 * to the agency (备案) with its last day.
 */
public record OnTheSpot(long caseId, PartyKind partyKind, String place, boolean certificatesShown,
                        @Nullable String statement, boolean waived, boolean collected, boolean hardToCollect,
                        @Nullable String receiptNumber, LocalDate reportDue, @Nullable LocalDate reportedOn,
                        @Nullable String reportedBy) {

    public boolean reported() {
        return reportedOn != null;
    }

    /** Reported after its last day. */
    public boolean reportedLate() {
        return reportedOn != null && reportedOn.isAfter(reportDue);
    }
}
