package org.fazhi.casework.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.fazhi.casework.casefile.SourceKind;

/**
 * Where a desk's demo cases come from: the clues its inspections gave (CluesFromInspections registered them when
 * the demo inspections concluded "case to be filed"), each used once and only for a case filed after it was
 * discovered; otherwise a clue the desk registers itself, in turn a complaint, a referral, its own discovery and a
 * transfer, against an enterprise no other demo case names.
 */
final class DemoClues {

    /** A clue from an inspection, not yet taken up. */
    record InspectionClue(long caseId, LocalDate discoveredOn) {
    }

    private static final SourceKind[] SOURCES = {SourceKind.COMPLAINT, SourceKind.REFERRAL, SourceKind.OWN_DISCOVERY,
            SourceKind.COMPLAINT, SourceKind.TRANSFER_IN};
    private static final String[] SUMMARIES = {"群众举报该单位存在违法经营行为", "上级机关交办的违法线索",
            "日常巡查中发现涉嫌违法行为", "12345热线转办投诉", "外地执法机关移送管辖的案件"};

    private final DemoDesk desk;
    private final List<InspectionClue> fromInspections;
    private final Iterator<String> partyCodes;
    private final LocalDate today;
    private int registered;
    private int used;

    DemoClues(DemoDesk desk, List<InspectionClue> fromInspections, Iterator<String> partyCodes, LocalDate today) {
        this.desk = desk;
        this.fromInspections = new ArrayList<>(fromInspections);
        this.partyCodes = partyCodes;
        this.today = today;
    }

    /** A clue for a case filed that many days ago: an inspection's of the 90 days before, or a new one. */
    long forFiling(int daysAgo) {
        LocalDate filed = today.minusDays(daysAgo);
        for (Iterator<InspectionClue> it = fromInspections.iterator(); it.hasNext(); ) {
            InspectionClue clue = it.next();
            if (!clue.discoveredOn().isAfter(filed) && clue.discoveredOn().isAfter(filed.minusDays(90))) {
                it.remove();
                used++;
                return clue.caseId();
            }
        }
        return registered(daysAgo + 2);
    }

    /** A clue the desk registers that many days ago. */
    long registered(int daysAgo) {
        int turn = registered++ % SOURCES.length;
        SourceKind source = SOURCES[turn];
        String reference = source == SourceKind.COMPLAINT ? "12345-" + today.minusDays(daysAgo).toString()
                .replace("-", "") + "-" + (100 + registered) : null;
        return desk.clue(daysAgo, partyCodes.next(), SUMMARIES[turn], source, reference);
    }

    /** How many inspection clues became cases. */
    int used() {
        return used;
    }
}
