package org.fazhi.inspection.filing;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The bureau's list of a year's plan filings as .xlsx, one row per agency, with the list's filter. */
@Component
class FilingSheet {

    private final PlanFilings filings;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    FilingSheet(PlanFilings filings, XlsxExport export, MessageSource messages, ApplicationEventPublisher events) {
        this.filings = filings;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    void write(OutputStream out, SignedInUser user, int year, FilingStanding.@Nullable Kind only) {
        List<PlanFilings.AgencyStanding> rows = filings.standings(user, year, only);
        EnumLabels<FilingStanding.Kind> standings = EnumLabels.of(messages, "inspection.filing.standing.",
                FilingStanding.Kind.values());
        EnumLabels<FilingStatus> statuses = EnumLabels.of(messages, "inspection.filing.status.", FilingStatus.values());
        events.publishEvent(new DataExported(PlanFilings.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(row -> {
            FilingStanding standing = row.standing();
            PlanFiling latest = standing.latest();
            return List.of(row.agencyName(), String.valueOf(year), standings.label(standing.kind()),
                    String.valueOf(standing.daysLate()), latest == null ? "" : statuses.label(latest.status()),
                    latest == null ? "" : latest.filedOn().toString(),
                    latest == null || latest.decidedOn() == null ? "" : latest.decidedOn().toString(),
                    latest == null ? "" : String.valueOf(latest.plannedRoutine()),
                    latest == null ? "" : String.valueOf(latest.plannedSpecial()),
                    latest == null ? "" : String.valueOf(latest.plannedHigherSpecial()),
                    latest == null ? "" : String.valueOf(latest.itemIds().size()),
                    latest == null || latest.returnReason() == null ? "" : latest.returnReason());
        }));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("inspection.filing.sheet.name"),
                Column.text("agency", text("inspection.filing.agency"), true, 0),
                Column.integer("year", text("inspection.filing.year"), true),
                Column.text("standing", text("inspection.filing.standing"), true, 0),
                Column.integer("daysLate", text("inspection.filing.days-late"), false),
                Column.text("status", text("inspection.filing.status"), false, 0),
                Column.date("filedOn", text("inspection.filing.filed-on"), false),
                Column.date("decidedOn", text("inspection.filing.decided-on"), false),
                Column.integer("routine", text("inspection.filing.planned-routine"), false),
                Column.integer("special", text("inspection.filing.planned-special"), false),
                Column.integer("higherSpecial", text("inspection.filing.planned-higher-special"), false),
                Column.integer("items", text("inspection.filing.item-count"), false),
                Column.text("reason", text("inspection.filing.return-reason"), false, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
