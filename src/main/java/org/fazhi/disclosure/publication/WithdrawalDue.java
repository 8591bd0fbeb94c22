package org.fazhi.disclosure.publication;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A publication to be withdrawn because its decision was changed or revoked on {@code changedOn}: due on the
 * working-day calendar (国办发〔2018〕118号: 3 working days), open until the legal office withdraws it.
 */
record WithdrawalDue(long id, long publicationId, long caseId, String decisionNumber, long agencyId,
                     RegionCode county, String reason, LocalDate changedOn, LocalDate dueOn, boolean dueProvisional,
                     String recordedBy) {

    /** Still not withdrawn after its day. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
