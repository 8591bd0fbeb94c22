package org.fazhi.inspection.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.fazhi.inspection.frequency.FrequencyPolicy;
import org.fazhi.inspection.frequency.FrequencyRules;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.frequency.PastVisit;
import org.fazhi.inspection.frequency.ProposedVisit;
import org.fazhi.inspection.frequency.VisitKind;

/**
 * 精准管控执法频次 as the task module applies it when a task is made (TaskFrequency), over the tasks generated so
 * far and kept in memory: the party's counted tasks since the start of the previous year, each agency of a joint
 * visit once, judged by the county's rules. Tasks must be assessed in the order they were made.
 */
final class FrequencyLedger {

    private record Entry(TaskDraft task, long visitId) {
    }

    private final FrequencyRules rules;
    private final LongFunction<String> agencyNames;
    private final Map<Long, List<Entry>> byParty = new HashMap<>();
    private long recorded;

    FrequencyLedger(FrequencyRules rules, LongFunction<String> agencyNames) {
        this.rules = rules;
        this.agencyNames = agencyNames;
    }

    FrequencyVerdict assess(TaskDraft task) {
        List<PastVisit> history = new ArrayList<>();
        var since = task.windowFrom.withDayOfYear(1).minusYears(1);
        for (Entry entry : byParty.getOrDefault(task.partyId, List.of())) {
            TaskDraft past = entry.task();
            if (!past.counts() || past.windowTo.isBefore(since)) {
                continue;
            }
            for (long agency : past.agencyIds) {
                history.add(new PastVisit(past.windowFrom, agency, kindOf(past), past.isJoint(), entry.visitId()));
            }
        }
        return FrequencyPolicy.assess(rules, history, new ProposedVisit(task.windowFrom, task.leadAgencyId,
                kindOf(task)), agencyNames);
    }

    /** Adds the task, once its fate is known, to its party's history. */
    void record(TaskDraft task) {
        byParty.computeIfAbsent(task.partyId, party -> new ArrayList<>()).add(new Entry(task, ++recorded));
    }

    private static VisitKind kindOf(TaskDraft task) {
        return VisitKind.valueOf(task.kind.name());
    }
}
