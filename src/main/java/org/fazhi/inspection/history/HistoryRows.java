package org.fazhi.inspection.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one upload into imported inspections, every problem of a row at once. The agency is named by
 * its name or credit code, the party by its credit code, a person's ID number or its name when that is unique in
 * the county; each item code must be one of the agency's on the county's list, in any version (the ledger may cite
 * an item since revised or withdrawn). An agency's legal office imports only its own agency's ledger. Agencies and
 * their items are looked up once per upload, not once per row.
 */
final class HistoryRows {

    private final SignedInUser user;
    private final RegionCode county;
    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final ItemCatalog items;
    private final EnumLabels<TaskKind> kinds;
    private final EnumLabels<InspectionResult> results;
    private final LocalDate today;
    private final Map<String, Optional<Option>> agencyByText = new HashMap<>();
    private final Map<Long, Map<String, List<ItemSummary>>> itemsByAgency = new HashMap<>();

    HistoryRows(SignedInUser user, AgencyDirectory agencies, PartyDirectory parties, ItemCatalog items,
                EnumLabels<TaskKind> kinds, EnumLabels<InspectionResult> results, LocalDate today) {
        this.user = user;
        this.county = user.region().county();
        this.agencies = agencies;
        this.parties = parties;
        this.items = items;
        this.kinds = kinds;
        this.results = results;
        this.today = today;
    }

    ImportedInspection check(SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Option agency = agency(row.text("agency"), problems);
        PartyCard party = party(row.text("party"), problems);
        LocalDate day = row.date("inspectedOn").orElseThrow();
        if (day.isAfter(today)) {
            problems.add(FieldProblem.of("inspectedOn", "inspection.history.date.future"));
        }
        List<ItemSummary> cited = agency == null ? List.of() : items(agency.id(), row.text("items"), day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ImportedInspection(0, county, agency.id(), party.id(), party.isEnterprise(), day,
                kinds.parse(row.text("kind")).orElseThrow(), cited.stream().map(ItemSummary::id).toList(),
                cited.stream().map(ItemSummary::code).toList(), results.parse(row.text("result")).orElseThrow(),
                row.optionalText("inspectors").orElse(null), row.optionalText("note").orElse(null),
                user.getUsername(), null);
    }

    private @Nullable Option agency(String text, List<FieldProblem> problems) {
        Optional<Option> found = agencyByText.computeIfAbsent(text, key -> agencies.findByNameOrCode(county, key));
        if (found.isEmpty()) {
            problems.add(FieldProblem.of("agency", "inspection.history.agency.unknown"));
            return null;
        }
        if (user.scope().isAgencyScoped() && found.get().id() != user.scope().agencyId()) {
            problems.add(FieldProblem.of("agency", "inspection.history.agency.not-yours"));
            return null;
        }
        return found.get();
    }

    private @Nullable PartyCard party(String text, List<FieldProblem> problems) {
        Optional<PartyCard> byCode = parties.findByCode(county, text);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<PartyCard> byName = parties.findByName(county, text);
        if (byName.size() == 1) {
            return byName.get(0);
        }
        problems.add(FieldProblem.of("party", byName.isEmpty() ? "inspection.history.party.unknown"
                : "inspection.history.party.ambiguous"));
        return null;
    }

    /** The cited items, each as the version in force on the day, else the latest before it, else the first. */
    private List<ItemSummary> items(long agencyId, String cell, LocalDate day, List<FieldProblem> problems) {
        Map<String, List<ItemSummary>> versions = itemsByAgency.computeIfAbsent(agencyId, this::versionsByCode);
        Set<String> codes = new LinkedHashSet<>();
        for (String code : cell.split("[、;；,，\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        List<ItemSummary> cited = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            List<ItemSummary> ofCode = versions.get(code);
            if (ofCode == null) {
                unknown.add(code);
            } else {
                cited.add(versionOn(ofCode, day));
            }
        }
        if (codes.isEmpty()) {
            problems.add(FieldProblem.of("items", "import.error.required"));
        } else if (!unknown.isEmpty()) {
            problems.add(FieldProblem.of("items", "inspection.history.items.unknown", String.join("、", unknown)));
        }
        return cited;
    }

    private Map<String, List<ItemSummary>> versionsByCode(long agencyId) {
        Map<String, List<ItemSummary>> byCode = new HashMap<>();
        items.everyVersion(county, agencyId).forEach(item ->
                byCode.computeIfAbsent(item.code(), code -> new ArrayList<>()).add(item));
        return byCode;
    }

    private static ItemSummary versionOn(List<ItemSummary> versions, LocalDate day) {
        List<ItemSummary> started = versions.stream().filter(item -> !item.effectiveFrom().isAfter(day))
                .sorted(Comparator.comparing(ItemSummary::effectiveFrom)).toList();
        return started.isEmpty() ? versions.stream().min(Comparator.comparing(ItemSummary::effectiveFrom)).orElseThrow()
                : started.get(started.size() - 1);
    }
}
