package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** For the rules' tests: a rule answers a batch of events as it answers them one by one. */
public final class BatchAnswers {

    private BatchAnswers() {
    }

    /**
     * The rule's answer to the events as one batch is their answers one by one, merged: the same subjects examined
     * and the same causes holding. The batch's answer, for the caller's own assertions.
     */
    public static Reassessment asOneByOne(MonitoringRule rule, List<Object> events, LocalDate today) {
        Reassessment oneByOne = Reassessment.merge(events.stream().map(event -> rule.reassess(event, today))
                .flatMap(Optional::stream).toList());
        Reassessment batch = rule.reassess(events, today).orElseThrow();
        assertThat(batch.examined()).containsExactlyInAnyOrderElementsOf(oneByOne.examined());
        assertThat(batch.holding()).containsExactlyInAnyOrderElementsOf(oneByOne.holding());
        return batch;
    }
}
