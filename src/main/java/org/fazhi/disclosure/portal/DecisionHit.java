package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;

/**
 * One decision in the portal's results: its number, agency, day, the party as the published text names it (a person
 * already redacted: 张某), the penalties and the fine.
 */
record DecisionHit(long id, String decisionNumber, long agencyId, LocalDate decidedOn, String party,
                   List<PenaltyKind> penalties, long fineFen) {

    /** The published text's first section is the party (当事人名称：…): the name as redacted, never the register's. */
    private static final String PARTY_HEADING = "当事人";

    DecisionHit {
        penalties = List.copyOf(penalties);
    }

    public Money fine() {
        return Money.ofFen(fineFen);
    }

    static String party(String firstLine) {
        int colon = firstLine.indexOf('：');
        return firstLine.startsWith(PARTY_HEADING) && colon > 0 ? firstLine.substring(colon + 1).strip() : "";
    }

    static List<PenaltyKind> penalties(String stored) {
        return Arrays.stream(stored.split(",")).filter(kind -> !kind.isBlank()).map(PenaltyKind::valueOf).toList();
    }

    static List<String> items(String stored) {
        return Arrays.stream(stored.split("、")).filter(item -> !item.isBlank()).toList();
    }
}
