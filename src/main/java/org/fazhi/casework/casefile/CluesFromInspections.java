package org.fazhi.casework.casefile;

import java.util.Locale;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An inspection that concluded "case to be filed" (移送立案) becomes a clue of its lead agency against the party,
 * citing the inspected items, discovered on the day of the conclusion. It is registered in the conclusion's own
 * transaction (the inspection and its clue commit together) and once per task, however often it is announced.
 */
@Component
class CluesFromInspections {

    static final String SYSTEM = "system";

    private final CaseSteps steps;
    private final MessageSource messages;

    CluesFromInspections(CaseSteps steps, MessageSource messages) {
        this.steps = steps;
        this.messages = messages;
    }

    @EventListener
    void on(InspectionConcluded concluded) {
        if (concluded.result() != InspectionResult.CASE_TO_FILE) {
            return;
        }
        PenaltyCase clue = PenaltyCase.clue(concluded.county().county(), concluded.leadAgencyId(),
                new PenaltyCase.Origin(SourceKind.INSPECTION, concluded.taskCode(), concluded.taskId(),
                        concluded.itemIds(), concluded.partyId(), text("casework.clue.from-inspection",
                        concluded.taskCode()), concluded.concludedOn()), SYSTEM);
        steps.register(clue, new Timeline.Actor(SYSTEM, text("casework.actor.inspection")), null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
