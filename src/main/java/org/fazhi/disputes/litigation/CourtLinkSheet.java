package org.fazhi.disputes.litigation;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 府院联动 meetings list as an .xlsx sheet, with the list's filters and the issue counts the user may see (at
 * most {@value LawsuitSheet#MAX_ROWS} rows).
 */
@Component
class CourtLinkSheet {

    private final CourtLinks courtLinks;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CourtLinkSheet(CourtLinks courtLinks, XlsxExport export, MessageSource messages,
                   ApplicationEventPublisher events) {
        this.courtLinks = courtLinks;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("disputes.court-link.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, CourtLinkRepository.Search search) {
        List<CourtLinkRepository.MeetingRow> rows = PageRequest.all(page -> courtLinks.search(user, search, page),
                LawsuitSheet.MAX_ROWS);
        events.publishEvent(new DataExported(CourtLinkRepository.MEETING_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(CourtLinkSheet::line));
    }

    private static List<String> line(CourtLinkRepository.MeetingRow r) {
        return List.of(r.heldOn().toString(), r.participants(), r.topics(), Integer.toString(r.issues()),
                Integer.toString(r.resolved()), Integer.toString(r.overdue()));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("disputes.court-link.list.title"),
                Column.date("heldOn", text("disputes.court-link.held-on"), true),
                Column.text("participants", text("disputes.court-link.participants"), true, 0),
                Column.text("topics", text("disputes.court-link.topics"), true, 0),
                Column.text("issues", text("disputes.court-link.issue-count"), true, 0),
                Column.text("resolved", text("disputes.court-link.resolved-count"), true, 0),
                Column.text("overdue", text("disputes.court-link.overdue-count"), true, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
