package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What disclosure must do when a decision it publishes is changed or revoked (by the agency, reconsideration or a
 * court): the publication is to be withdrawn within 3 working days (国办发〔2018〕118号), with the reason shown
 * publicly. The legal office's list shows it until it is withdrawn; past the day, {@link WithdrawalOverdue}.
 */
public interface DecisionWithdrawals {

    /**
     * The case's decision was changed or revoked on {@code on} for {@code reason}: its publication (pending or
     * published) becomes due for withdrawal. Joins the caller's transaction. A second change before the withdrawal
     * keeps the first one's due day (the period runs from the first change).
     *
     * @return the day it must be withdrawn by; empty when the case has nothing published or pending to withdraw
     */
    Optional<LocalDate> decisionChanged(long caseId, String reason, LocalDate on);
}
