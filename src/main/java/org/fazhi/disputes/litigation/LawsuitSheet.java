package org.fazhi.disputes.litigation;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The lawsuit list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class LawsuitSheet {

    static final int MAX_ROWS = 50_000;

    private final Lawsuits lawsuits;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    LawsuitSheet(Lawsuits lawsuits, AgencyDirectory agencies, XlsxExport export, MessageSource messages,
                 ApplicationEventPublisher events) {
        this.lawsuits = lawsuits;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("disputes.litigation.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, LawsuitRepository.Search search) {
        List<LawsuitRepository.Row> rows = PageRequest.all(page -> lawsuits.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(LawsuitRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(LawsuitRepository.Row r) {
        return List.of(r.courtNumber(), r.court(), text("disputes.litigation.instance." + r.instance()),
                r.servedOn().toString(), r.plaintiffName(),
                agencies.nameOf(r.agencyId()).orElse(Long.toString(r.agencyId())), r.cause(),
                r.defenceDueOn().toString(), r.defenceSubmittedOn() == null ? "" : r.defenceSubmittedOn().toString(),
                text(r.defenceOverdue() ? "disputes.litigation.overdue.yes" : "disputes.litigation.overdue.no"),
                Integer.toString(r.hearings()),
                r.outcome() == null ? "" : text("disputes.litigation.outcome." + r.outcome()),
                r.decidedOn() == null ? "" : r.decidedOn().toString());
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("disputes.litigation.list.title"),
                Column.text("courtNumber", text("disputes.litigation.court-number"), true, 0),
                Column.text("court", text("disputes.litigation.court"), true, 0),
                Column.text("instance", text("disputes.litigation.instance"), true, 0),
                Column.date("servedOn", text("disputes.litigation.served-on"), true),
                Column.text("plaintiff", text("disputes.litigation.plaintiff"), true, 0),
                Column.text("agency", text("disputes.litigation.agency"), true, 0),
                Column.text("cause", text("disputes.litigation.cause"), true, 0),
                Column.date("defenceDueOn", text("disputes.litigation.defence-due"), true),
                Column.date("defenceSubmittedOn", text("disputes.litigation.defence-submitted"), false),
                Column.text("overdue", text("disputes.litigation.overdue"), true, 0),
                Column.text("hearings", text("disputes.litigation.hearing-count"), true, 0),
                Column.text("outcome", text("disputes.litigation.outcome"), false, 0),
                Column.date("decidedOn", text("disputes.litigation.decided-on"), false));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
