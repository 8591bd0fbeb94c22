package org.fazhi.inspection.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The inspection history in and out of Excel: template, import (all rows or none) and export. The export writes
 * what the import reads — the agency by name, an enterprise by its credit code (a person by name, as an ID number is
 * never exported), the items by code — so a county's history can be moved between installations.
 */
@Controller
@RequestMapping("/inspection/history")
class HistorySheets extends SpreadsheetEndpoints<SignedInUser> {

    private final ImportedInspections history;
    private final PartyDirectory parties;
    private final PlanChoices choices;
    private final ApplicationEventPublisher events;
    private final SheetLayout layout;

    HistorySheets(SpreadsheetTools tools, ImportedInspections history, PartyDirectory parties, PlanChoices choices,
                  ApplicationEventPublisher events) {
        super(tools);
        this.history = history;
        this.parties = parties;
        this.choices = choices;
        this.events = events;
        this.layout = SheetLayout.of("历史检查记录",
                Column.text("agency", "执法主体", true, 60).withExample("郏县市场监督管理局"),
                Column.code("party", "检查对象", true, 200).withExample("91410425MA9XXXXXX0（或身份证号、名称）"),
                Column.date("inspectedOn", "检查日期", true).withExample("2025-06-18"),
                Column.choice("kind", "检查类别", true, history.kinds().labels()),
                Column.code("items", "检查事项编码", true, 2000).withExample("330217001、330217002"),
                Column.choice("result", "检查结果", true, history.results().labels()),
                Column.text("inspectors", "检查人员", false, 200).withExample("张伟（41042510001）、李娜"),
                Column.text("note", "备注", false, 500));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "inspection.history.import.title";
    }

    @Override
    protected String listPath() {
        return "/inspection/history";
    }

    @Override
    protected String fileStem() {
        return "历史检查记录";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        HistoryRows rows = history.rowsFor(user);
        return ImportTarget.of(layout, row -> history.record(rows.check(row)), Map.of());
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        Long year = filters.number("year");
        List<ImportedInspection> records = history.list(user, filters.number("agency"),
                year == null ? null : year.intValue(), ImportedInspections.EXPORT_LIMIT);
        Map<Long, String> agencyNames = choices.agencyNames(user.scope());
        Map<Long, PartyCard> cards = parties.findAll(records.stream().map(ImportedInspection::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity()));
        events.publishEvent(new DataExported(ImportedInspections.RECORD_TYPE, user.region(), records.size()));
        return records.stream().map(record -> List.of(agencyNames.getOrDefault(record.agencyId(), ""),
                partyText(cards.get(record.partyId())), record.inspectedOn().toString(),
                history.kinds().label(record.kind()), String.join("、", record.itemCodes()),
                history.results().label(record.result()), nonNull(record.inspectors()), nonNull(record.note())));
    }

    private static String partyText(@Nullable PartyCard party) {
        return party == null ? "" : party.isEnterprise() ? party.displayCode() : party.name();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
