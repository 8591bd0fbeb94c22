package org.fazhi.disputes.litigation;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The 府院联动 lists as .xlsx sheets, each with its list's filters (at most {@value LawsuitSheet#MAX_ROWS} rows): the
 * meetings with the issue counts the user may see, and the issues the user may see with where each stands.
 */
@Component
class CourtLinkSheet {

    private final CourtLinks courtLinks;
    private final CourtLinkIssues issues;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CourtLinkSheet(CourtLinks courtLinks, CourtLinkIssues issues, XlsxExport export, MessageSource messages,
                   ApplicationEventPublisher events) {
        this.courtLinks = courtLinks;
        this.issues = issues;
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

    String issuesFileName() {
        return text("disputes.court-link.issues") + ".xlsx";
    }

    void writeIssues(OutputStream out, SignedInUser user, CourtLinkRepository.IssueSearch search) {
        List<CourtLinkIssue> rows = PageRequest.all(page -> issues.search(user, search, page),
                LawsuitSheet.MAX_ROWS);
        events.publishEvent(new DataExported(CourtLinkRepository.RECORD_TYPE, user.region(), rows.size()));
        Map<Long, LocalDate> meetings = courtLinks.meetingOptions(user).stream()
                .collect(Collectors.toMap(CourtLinkRepository.MeetingOption::id,
                        CourtLinkRepository.MeetingOption::heldOn));
        Map<Long, String> agencies = issues.agencyNames(rows.stream().map(CourtLinkIssue::agencyId).toList());
        LocalDate today = courtLinks.today();
        export.write(out, issuesLayout(), rows.stream().map(i -> List.of(i.issue(),
                agencies.getOrDefault(i.agencyId(), Long.toString(i.agencyId())), i.dueOn().toString(),
                text("disputes.court-link.standing." + i.standingOn(today)),
                i.resolvedOn() == null ? "" : i.resolvedOn().toString(), i.resolution() == null ? "" : i.resolution(),
                i.meetingId() == null ? text("disputes.court-link.between-meetings")
                        : String.valueOf(meetings.get(i.meetingId())))));
    }

    private SheetLayout issuesLayout() {
        return SheetLayout.of(text("disputes.court-link.issues"),
                Column.text("issue", text("disputes.court-link.issue"), true, 0),
                Column.text("agency", text("disputes.court-link.agency"), true, 0),
                Column.date("dueOn", text("disputes.court-link.due-on"), true),
                Column.text("standing", text("disputes.court-link.standing"), true, 0),
                Column.date("resolvedOn", text("disputes.court-link.resolved-on"), false),
                Column.text("resolution", text("disputes.court-link.resolution"), false, 0),
                Column.text("meeting", text("disputes.court-link.meeting-held-on"), true, 0));
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
