package org.fazhi.disputes.reconsideration;

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

/** The reconsideration list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class ReconsiderationSheet {

    static final int MAX_ROWS = 50_000;

    private final Reconsiderations reconsiderations;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ReconsiderationSheet(Reconsiderations reconsiderations, AgencyDirectory agencies, XlsxExport export,
                         MessageSource messages, ApplicationEventPublisher events) {
        this.reconsiderations = reconsiderations;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("disputes.reconsideration.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, ReconsiderationRepository.Search search) {
        List<ReconsiderationRepository.Row> rows = PageRequest.all(
                page -> reconsiderations.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(ReconsiderationRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(ReconsiderationRepository.Row r) {
        return List.of(r.number(), r.receivedOn().toString(), text("disputes.reconsideration.channel." + r.channel()),
                r.applicantName(), agencies.nameOf(r.agencyId()).orElse(Long.toString(r.agencyId())),
                r.caseCode() == null ? "" : r.caseCode(), text("disputes.reconsideration.state." + r.state()),
                r.outcome() == null ? "" : text("disputes.reconsideration.outcome." + r.outcome()),
                r.nextDeadline() == null ? "" : text("disputes.reconsideration.deadline." + r.nextDeadline()),
                r.nextDueOn() == null ? "" : r.nextDueOn().toString(),
                text(r.overdue() ? "disputes.reconsideration.overdue.yes" : "disputes.reconsideration.overdue.no"));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("disputes.reconsideration.list.title"),
                Column.text("number", text("disputes.reconsideration.number.label"), true, 0),
                Column.date("receivedOn", text("disputes.reconsideration.received-on"), true),
                Column.text("channel", text("disputes.reconsideration.channel"), true, 0),
                Column.text("applicant", text("disputes.reconsideration.applicant"), true, 0),
                Column.text("agency", text("disputes.reconsideration.agency"), true, 0),
                Column.text("caseCode", text("disputes.reconsideration.case-code"), false, 0),
                Column.text("state", text("disputes.reconsideration.state"), true, 0),
                Column.text("outcome", text("disputes.reconsideration.outcome"), false, 0),
                Column.text("nextDeadline", text("disputes.reconsideration.next-deadline"), false, 0),
                Column.date("nextDueOn", text("disputes.reconsideration.due-on"), false),
                Column.text("overdue", text("disputes.reconsideration.overdue"), true, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
