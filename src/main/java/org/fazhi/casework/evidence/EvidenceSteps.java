package org.fazhi.casework.evidence;

import java.time.Instant;

import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Outcome;
import org.fazhi.casework.casefile.PenaltyCase;
import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A 笔录 or a file is added as the case's step 调查取证 ({@link Transition#RECORD_EVIDENCE}) through
 * {@link CaseSteps}: the same request keys, version check, scope, timeline (refusals too), audit and rules of the
 * procedure as any piece of evidence. The stages it may be taken in are the procedure's; outside them the refusal
 * names the articles that place evidence-taking between 立案 and 告知, by two officers, recorded throughout.
 */
@Component
class EvidenceSteps {

    static final String LEGAL_BASIS = "行政处罚法第四十二条、第四十七条、第五十五条";

    /** Writes what the piece of evidence is (a record, a file) inside the step; returns the evidence, stored. */
    @FunctionalInterface
    interface Writing {
        Evidence write(PenaltyCase c, Instant now);
    }

    private final CaseSteps steps;
    private final CaseClock clock;

    EvidenceSteps(CaseSteps steps, CaseClock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    Outcome add(SignedInUser user, long caseId, CaseSteps.Request request, String detail, Writing writing) {
        return steps.take(user, caseId, request, Transition.RECORD_EVIDENCE, (c, today) -> {
            if (!mayAddTo(c)) {
                throw new RuleViolation("casework.evidence.not-now", LEGAL_BASIS, c.state());
            }
            return c.withEvidence(writing.write(c, clock.now()));
        }, detail);
    }

    /** Whether the case is in a stage where the procedure takes evidence. */
    static boolean mayAddTo(PenaltyCase c) {
        return CaseProcedure.step(Transition.RECORD_EVIDENCE).from().contains(c.state());
    }

    PenaltyCase visible(SignedInUser user, long caseId) {
        return steps.visible(user, caseId);
    }

    Instant now() {
        return clock.now();
    }

    java.time.LocalDate today() {
        return clock.today();
    }
}
