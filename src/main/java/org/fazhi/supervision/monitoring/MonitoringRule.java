package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * A monitoring rule (智能监管规则): one act the 行政执法监督条例 asks the bureau to watch, as a Spring bean. The rule
 * reads other modules only through their public APIs (never their tables) and decides which records it fires for;
 * its parameters are configuration ({@code fazhi.supervision.rules.<code-in-kebab-case>.*}). The monitoring runs
 * {@link #scan} in the nightly full pass and {@link #reassess(List, LocalDate)} on the events of each committed
 * transaction; both must be idempotent (answering the same question twice gives the same causes).
 */
public interface MonitoringRule {

    /** Stable code in upper snake case, e.g. {@code CASE_STEP_OVERDUE}; its title is the message {@code supervision.rule.<code>}. */
    String code();

    /** Every cause that holds in the county today: the full pass. Open alerts of this rule in the county whose subject is not among them close as gone. */
    List<AlertCause> scan(RegionCode county, LocalDate today);

    /** What the event changes for this rule; empty when the event is none of its business. */
    default Optional<Reassessment> reassess(Object event, LocalDate today) {
        return Optional.empty();
    }

    /**
     * What a batch of events (those of one committed transaction) changes for this rule, read once they have all
     * committed; empty when none of them is its business. By default the single events' answers merged
     * ({@link Reassessment#merge}); a rule whose reads cost something answers a batch with a few set-based reads.
     */
    default Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        List<Reassessment> answers = events.stream().map(event -> reassess((Object) event, today))
                .flatMap(Optional::stream).toList();
        return answers.isEmpty() ? Optional.empty() : Optional.of(Reassessment.merge(answers));
    }
}
