package org.fazhi.supervision.monitoring;

import java.util.List;

/**
 * What one event changed for one rule: the subjects the rule looked at again and, among them, those whose cause
 * holds now. An open alert of the rule about an examined subject that is not among {@code holding} closes itself;
 * a holding cause with no open alert opens one.
 */
public record Reassessment(List<Subject> examined, List<AlertCause> holding) {

    public Reassessment {
        examined = List.copyOf(examined);
        holding = List.copyOf(holding);
    }
}
