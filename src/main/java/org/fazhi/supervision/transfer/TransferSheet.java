package org.fazhi.supervision.transfer;

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

/** The transfers' list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class TransferSheet {

    static final int MAX_ROWS = 50_000;

    private final Transfers transfers;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    TransferSheet(Transfers transfers, AgencyDirectory agencies, XlsxExport export, MessageSource messages,
                  ApplicationEventPublisher events) {
        this.transfers = transfers;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("supervision.transfer.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, TransferRepository.Search search) {
        List<TransferRepository.Row> rows = PageRequest.all(page -> transfers.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(TransferRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(TransferRepository.Row r) {
        return List.of(r.caseCode(), agencies.nameOf(r.agencyId()).orElse(Long.toString(r.agencyId())),
                text("supervision.transfer.kind." + r.kind()), r.suspectedOffence(), r.receivingBody(),
                transfers.dayOf(r.proposedAt()).toString(),
                text("supervision.transfer.state." + r.state()),
                r.outcome() == null ? "" : text("supervision.transfer.outcome." + r.outcome()),
                r.nextDeadline() == null ? "" : text("supervision.transfer.deadline." + r.nextDeadline()),
                r.nextDueOn() == null ? "" : r.nextDueOn().toString(),
                text(r.overdue() ? "supervision.transfer.overdue.yes" : "supervision.transfer.overdue.no"));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("supervision.transfer.list.title"),
                Column.text("caseCode", text("supervision.transfer.case-code"), true, 0),
                Column.text("agency", text("supervision.transfer.agency"), true, 0),
                Column.text("kind", text("supervision.transfer.kind"), true, 0),
                Column.text("offence", text("supervision.transfer.offence"), true, 0),
                Column.text("body", text("supervision.transfer.body"), true, 0),
                Column.date("proposedOn", text("supervision.transfer.proposed-on"), true),
                Column.text("state", text("supervision.transfer.state"), true, 0),
                Column.text("outcome", text("supervision.transfer.outcome"), false, 0),
                Column.text("nextDeadline", text("supervision.transfer.next-deadline"), false, 0),
                Column.date("nextDueOn", text("supervision.transfer.due-on"), false),
                Column.text("overdue", text("supervision.transfer.overdue"), true, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
