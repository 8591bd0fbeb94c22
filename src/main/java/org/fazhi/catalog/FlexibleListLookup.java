package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.flexible.FlexibleEntry;
import org.fazhi.catalog.flexible.FlexibleEntryRepository;
import org.springframework.stereotype.Service;

/**
 * What casework reads of the flexible-enforcement lists: the entries that apply to an item on a day, so that a
 * case can show the 不予处罚 / 首违不罚 (行政处罚法第三十三条), 从轻 / 减轻 (第三十二条) or 免予强制 entries it may cite.
 */
@Service
public class FlexibleListLookup {

    private final FlexibleEntryRepository entries;

    FlexibleListLookup(FlexibleEntryRepository entries) {
        this.entries = entries;
    }

    /** The entries of the item in force on the day, grouped by list (in {@link FlexibleListKind} order). */
    public List<FlexibleEntrySummary> applicableTo(long itemId, LocalDate day) {
        return entries.inForceFor(itemId, day).stream().map(FlexibleEntry::summary).toList();
    }
}
