package org.fazhi.casework.casefile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A line of the case page's timeline (全过程记录): a step of the case, or an act on one of its measures, which names
 * the measure's kind and links to it. Keys are message keys the page resolves.
 */
record TimelineLine(Instant at, String displayName, String stepKey, @Nullable String kindKey,
                    @Nullable Long measureId, boolean refused, @Nullable String stateKey, @Nullable String detail,
                    @Nullable String legalBasis) {

    /** The case's steps and its measures' acts in the order they happened; a step first when both share a moment. */
    static List<TimelineLine> of(List<Timeline.Entry> steps, List<CaseMeasures.Act> acts) {
        Stream<TimelineLine> ofSteps = steps.stream().map(e -> new TimelineLine(e.at(), e.displayName(),
                "casework.transition." + e.transition(), null, null, e.refused(),
                e.to() == null ? null : "casework.state." + e.to(), e.detail(), e.legalBasis()));
        Stream<TimelineLine> ofActs = acts.stream().map(a -> new TimelineLine(a.at(), a.displayName(), a.actKey(),
                a.kindKey(), a.measureId(), a.refused(), a.stateKey(), a.detail(), a.legalBasis()));
        return Stream.concat(ofSteps, ofActs).sorted(Comparator.comparing(TimelineLine::at)).toList();
    }
}
