package org.fazhi.supervision.alert;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The inbox as an .xlsx sheet, with the list's filters (at most {@value #MAX_ROWS} rows), like the other lists. */
@Component
class AlertSheet {

    static final int MAX_ROWS = 50_000;

    private final Alerts alerts;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AlertSheet(Alerts alerts, XlsxExport export, MessageSource messages, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("supervision.alert.sheet.name") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, AlertSearch search) {
        List<Alert> rows = PageRequest.all(page -> alerts.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(AlertRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(alert -> List.of(String.valueOf(alert.id()),
                alert.ruleTitle(), alert.subjectReference(), orEmpty(alert.agencyName()), alert.summary(),
                alert.since().toString(), alert.raisedOn().toString(),
                text("supervision.alert.state." + alert.state().name()), orEmpty(alert.ownerName()),
                alert.endedOn() == null ? "" : alert.endedOn().toString(), orEmpty(alert.endReason()))));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("supervision.alert.sheet.name"),
                Column.integer("id", text("supervision.alert.id"), true),
                Column.text("rule", text("supervision.alert.rule"), true, 0),
                Column.text("subject", text("supervision.alert.subject"), true, 0),
                Column.text("agency", text("supervision.alert.agency"), false, 0),
                Column.text("summary", text("supervision.alert.summary"), true, 0),
                Column.date("since", text("supervision.alert.since"), true),
                Column.date("raisedOn", text("supervision.alert.raised-on"), true),
                Column.text("state", text("supervision.alert.state"), true, 0),
                Column.text("owner", text("supervision.alert.owner"), false, 0),
                Column.date("endedOn", text("supervision.alert.ended-on"), false),
                Column.text("endReason", text("supervision.alert.end-reason"), false, 0));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
