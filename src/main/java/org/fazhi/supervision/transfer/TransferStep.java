package org.fazhi.supervision.transfer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a transfer as its page offers them: which are open follows {@link Transfer}'s life cycle, so that a
 * page shows only the forms the aggregate would accept; approving and refusing are the head's (the legal office's).
 */
enum TransferStep {
    APPROVE, REFUSE, DOCUMENT, HAND_OVER, DECISION, RECONSIDERATION, PROCURATORATE, CONTINUE, EXHIBITS;

    static Set<TransferStep> open(Transfer t, boolean head) {
        Set<TransferStep> steps = EnumSet.noneOf(TransferStep.class);
        if (t.state().isOpen()) {
            steps.add(DOCUMENT);
        }
        switch (t.state()) {
            case PROPOSED -> {
                if (head) {
                    steps.addAll(EnumSet.of(APPROVE, REFUSE));
                }
            }
            case APPROVED -> steps.add(HAND_OVER);
            case HANDED_OVER, RECONSIDERATION, PROCURATORATE -> steps.add(DECISION);
            case NOT_FILED -> {
                if (!t.reconsidered() && !t.procuratorateAsked()) {
                    steps.add(RECONSIDERATION);
                }
                if (!t.procuratorateAsked()) {
                    steps.add(PROCURATORATE);
                }
                steps.add(CONTINUE);
            }
            case FILED -> steps.add(EXHIBITS);
            default -> {
            }
        }
        return steps;
    }
}
