package org.fazhi.inspection.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * 检查表单: one inspection's form, made of the checklists of the item versions it cites, grouped by the agency
 * whose items they are (the lead agency first) and by item. A joint visit's agencies fill in one form (一表通查),
 * each its own points. A record whose point has since left the item's checklist stays readable as withdrawn but no
 * longer counts. The form decides whether the inspection may conclude with a result.
 */
public record InspectionForm(List<AgencySection> agencies) {

    /** One agency's part of the form. */
    public record AgencySection(long agencyId, boolean lead, List<ItemSection> items) {
    }

    /** One cited item's points, in order, and records of points it no longer has. */
    public record ItemSection(ItemSummary item, List<Entry> entries, List<CheckRecord> withdrawn) {
    }

    /** A point of the form and what was recorded there, if anything yet. */
    public record Entry(ItemSummary item, long agencyId, CheckPoint point, @Nullable CheckRecord record) {

        public boolean isRecorded() {
            return record != null;
        }
    }

    public InspectionForm {
        agencies = List.copyOf(agencies);
    }

    /**
     * The form of an inspection by {@code agencyIds} (the lead's first) citing {@code items}. An item counts as its
     * own agency's when that agency takes part, otherwise as the lead agency's.
     */
    public static InspectionForm of(long leadAgencyId, List<Long> agencyIds, List<ItemSummary> items,
                                    Map<Long, List<CheckPoint>> checklists, List<CheckRecord> records) {
        Map<Long, List<CheckRecord>> recordsByItem = records.stream()
                .collect(Collectors.groupingBy(CheckRecord::itemId));
        Map<Long, List<ItemSection>> byAgency = new LinkedHashMap<>();
        byAgency.put(leadAgencyId, new ArrayList<>());
        agencyIds.forEach(agency -> byAgency.putIfAbsent(agency, new ArrayList<>()));
        for (ItemSummary item : items) {
            long agency = byAgency.containsKey(item.agencyId()) ? item.agencyId() : leadAgencyId;
            List<CheckPoint> points = checklists.getOrDefault(item.id(), List.of());
            Map<Long, CheckRecord> recorded = recordsByItem.getOrDefault(item.id(), List.of()).stream()
                    .collect(Collectors.toMap(CheckRecord::checkPointId, Function.identity()));
            List<Entry> entries = points.stream()
                    .map(point -> new Entry(item, agency, point, recorded.get(point.id()))).toList();
            Set<Long> current = points.stream().map(CheckPoint::id).collect(Collectors.toSet());
            List<CheckRecord> withdrawn = recorded.values().stream()
                    .filter(record -> !current.contains(record.checkPointId())).toList();
            byAgency.get(agency).add(new ItemSection(item, entries, withdrawn));
        }
        List<AgencySection> sections = new ArrayList<>();
        byAgency.forEach((agency, sectionItems) -> {
            if (!sectionItems.isEmpty()) {
                sections.add(new AgencySection(agency, agency == leadAgencyId, sectionItems));
            }
        });
        return new InspectionForm(sections);
    }

    /** Every point of the form, agency by agency, item by item, in order. */
    public List<Entry> entries() {
        return agencies.stream().flatMap(agency -> agency.items().stream())
                .flatMap(section -> section.entries().stream()).toList();
    }

    /** True when none of the cited items has a checklist: the form asks nothing. */
    public boolean isEmpty() {
        return entries().isEmpty();
    }

    public int recordedCount() {
        return (int) entries().stream().filter(Entry::isRecorded).count();
    }

    public List<Entry> missing() {
        return entries().stream().filter(entry -> !entry.isRecorded()).toList();
    }

    /** The points recorded 不符合, in the form's order. */
    public List<Entry> nonconforming() {
        return entries().stream().filter(entry -> entry.record() != null && entry.record().isNonconforming())
                .toList();
    }

    public Optional<Entry> entry(long checkPointId) {
        return entries().stream().filter(entry -> entry.point().id() == checkPointId).findFirst();
    }

    /**
     * The result follows from the points: every point recorded before the inspection concludes; a 不符合 point
     * means rectification or a case, never 未发现问题 (the refusal cites the point and its legal basis); and with
     * every point 符合 or 不涉及, a result other than 未发现问题 needs the reason in the result's note. A form that asks
     * nothing (no cited item has a checklist) leaves the result to the inspectors.
     */
    public void checkConclusion(InspectionResult result, @Nullable String note) {
        if (isEmpty()) {
            return;
        }
        List<Entry> missing = missing();
        if (!missing.isEmpty()) {
            Entry first = missing.get(0);
            throw RuleViolation.of("inspection.checklist.conclude.incomplete", missing.size(), first.item().name(),
                    first.point().position(), first.point().content());
        }
        List<Entry> failing = nonconforming();
        if (!failing.isEmpty() && result == InspectionResult.NO_PROBLEM) {
            CheckPoint point = failing.get(0).point();
            throw new RuleViolation("inspection.checklist.conclude.nonconforming",
                    point.legalBasis() == null ? "" : point.legalBasis(), failing.get(0).item().name(),
                    point.position(), point.content());
        }
        if (failing.isEmpty() && result != InspectionResult.NO_PROBLEM && (note == null || note.isBlank())) {
            throw RuleViolation.of("inspection.checklist.conclude.reason-required");
        }
    }
}
