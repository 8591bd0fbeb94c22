package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.registry.CertifiedOfficer;
import org.jspecify.annotations.Nullable;

/**
 * One calendar year of a county as the registry and the catalog record it: the inspection items each agency had
 * in force the whole year (清单之外无检查: an agency without any does not inspect), and for each month the officers
 * certified from its first to its last day, by agency (only they may inspect in a window within the month), and
 * the checklists (检查表单) of those items, by item.
 *
 * @param last the year's last day on which things happen: 31 December, or the day before generation
 */
record YearFacts(int year, LocalDate first, LocalDate last, Map<Long, List<Long>> items,
                 List<Map<Long, List<CertifiedOfficer>>> rosters, Map<Long, List<CheckPoint>> checklists) {

    YearFacts {
        items = Map.copyOf(items);
        rosters = List.copyOf(rosters);
        checklists = Map.copyOf(checklists);
    }

    /** The agency whose item it is, if it is one of the year's items. */
    @Nullable Long agencyOf(long itemId) {
        return items.entrySet().stream().filter(entry -> entry.getValue().contains(itemId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The agencies' certified officers in the month of the day (empty after {@code last}'s month). */
    Map<Long, List<CertifiedOfficer>> rosterOn(LocalDate day) {
        int month = day.getMonthValue() - 1;
        return month < rosters.size() ? rosters.get(month) : Map.of();
    }

    /** The agencies that may inspect in the day's month: items in force and two certified officers at least. */
    List<Long> inspectingOn(LocalDate day) {
        Map<Long, List<CertifiedOfficer>> roster = rosterOn(day);
        return items.keySet().stream().sorted()
                .filter(agency -> roster.getOrDefault(agency, List.of()).size() >= 2).toList();
    }
}
