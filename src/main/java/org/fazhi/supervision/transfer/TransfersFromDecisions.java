package org.fazhi.supervision.transfer;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.PenaltyDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Casework's procedure has the transfer step: the head decides 涉嫌犯罪，移送司法机关 (行政处罚法第二十七条). That
 * decision is the head's approval of the transfer, so the transfer opens approved and its 24 hours to hand over run.
 * Opened in the decision's own transaction, as disclosure's publications are: no transferred case goes untracked.
 */
@Component
class TransfersFromDecisions {

    private final Transfers transfers;
    private final CaseDirectory cases;
    private final TransferProperties settings;

    TransfersFromDecisions(Transfers transfers, CaseDirectory cases, TransferProperties settings) {
        this.transfers = transfers;
        this.cases = cases;
        this.settings = settings;
    }

    @EventListener
    void on(PenaltyDecided decided) {
        if (decided.kind() != DecisionKind.TRANSFERRED) {
            return;
        }
        cases.of(decided.caseId()).ifPresent(ref -> transfers.openFromDecision(ref, settings.decidedOffence()));
    }
}
