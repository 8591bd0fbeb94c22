package org.fazhi.supervision.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one event (or a batch of events) changed for one rule: the subjects the rule looked at again and, among them,
 * those whose cause holds now. An open alert of the rule about an examined subject that is not among
 * {@code holding} closes itself; a holding cause with no open alert opens one.
 */
public record Reassessment(List<Subject> examined, List<AlertCause> holding) {

    public Reassessment {
        examined = List.copyOf(examined);
        holding = List.copyOf(holding);
    }

    /**
     * Several events' answers as one: every subject examined by any of them, and the causes held, one per subject
     * (the first given). The answers were all read after the events' changes had committed, so two answers about
     * one subject read the same state of it.
     */
    public static Reassessment merge(List<Reassessment> answers) {
        Map<String, Subject> examined = new LinkedHashMap<>();
        Map<String, AlertCause> holding = new LinkedHashMap<>();
        for (Reassessment answer : answers) {
            answer.examined().forEach(subject -> examined.putIfAbsent(key(subject), subject));
            answer.holding().forEach(cause -> holding.putIfAbsent(key(cause.subject()), cause));
        }
        return new Reassessment(List.copyOf(examined.values()), List.copyOf(holding.values()));
    }

    private static String key(Subject subject) {
        return subject.type() + "#" + subject.id();
    }
}
