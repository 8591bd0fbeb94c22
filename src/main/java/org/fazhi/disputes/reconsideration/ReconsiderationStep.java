package org.fazhi.disputes.reconsideration;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a case as its page offers them: which are open follows {@link ReconsiderationCase}'s life cycle, so
 * that a page shows only the forms the case would accept. The body's staff take them all; the respondent's legal
 * office only its answer.
 */
public enum ReconsiderationStep {
    ACCEPT, REFUSE, CORRECTION, CORRECTED, ABANDON, COPY, ANSWER, HEARING, CONVERT, EXTEND, MEDIATION, SETTLEMENT,
    DECISION;

    static Set<ReconsiderationStep> open(ReconsiderationCase c, boolean body, boolean respondent) {
        Set<ReconsiderationStep> steps = EnumSet.noneOf(ReconsiderationStep.class);
        ReconsiderationCase.Progress p = c.progress();
        boolean answerable = c.state() == ReconsiderationState.ACCEPTED && p.copiedOn() != null
                && p.answeredOn() == null;
        if (answerable && (body || respondent)) {
            steps.add(ANSWER);
        }
        if (!body) {
            return steps;
        }
        switch (c.state()) {
            case RECEIVED -> steps.addAll(EnumSet.of(ACCEPT, REFUSE, CORRECTION));
            case CORRECTING -> steps.addAll(EnumSet.of(CORRECTED, ABANDON));
            case ACCEPTED -> {
                if (p.copiedOn() == null) {
                    steps.add(COPY);
                }
                steps.add(HEARING);
                if (p.procedure() == Procedure.SIMPLIFIED) {
                    steps.add(CONVERT);
                } else if (p.extendedOn() == null) {
                    steps.add(EXTEND);
                }
                steps.addAll(EnumSet.of(MEDIATION, SETTLEMENT, DECISION));
            }
            default -> {
            }
        }
        return steps;
    }
}
