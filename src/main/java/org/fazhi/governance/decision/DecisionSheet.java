package org.fazhi.governance.decision;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The major-decision list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class DecisionSheet {

    static final int MAX_ROWS = 50_000;

    private final MajorDecisions decisions;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    DecisionSheet(MajorDecisions decisions, AgencyDirectory agencies, XlsxExport export, MessageSource messages,
                  ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("governance.decision.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, DecisionRepository.Search search) {
        List<DecisionRepository.Row> rows = PageRequest.all(page -> decisions.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(DecisionRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(DecisionRepository.Row r) {
        return List.of(Integer.toString(r.year()), r.title(),
                agencies.nameOf(r.agencyId()).orElse(Long.toString(r.agencyId())),
                text("governance.decision.state." + r.state()), Integer.toString(r.stepsDone()), day(r.decidedOn()),
                day(r.evaluatedOn()));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("governance.decision.list.title"),
                Column.integer("year", text("governance.decision.year"), true),
                Column.text("title", text("governance.decision.title"), true, 0),
                Column.text("agency", text("governance.decision.agency"), true, 0),
                Column.text("state", text("governance.decision.state"), true, 0),
                Column.integer("stepsDone", text("governance.decision.steps-done"), true),
                Column.date("decidedOn", text("governance.decision.decided-on"), false),
                Column.date("evaluatedOn", text("governance.decision.evaluated-on"), false));
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
