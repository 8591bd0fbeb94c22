package org.fazhi.casework.casefile;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case list as .xlsx: the same filters and scope as the page, every matching case (newest first, at most
 * {@link #MAX_ROWS}), with its case number and decision number.
 */
@Component
class CaseSheet {

    static final int MAX_ROWS = 50_000;

    private final PenaltyCases cases;
    private final CaseDetails details;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CaseSheet(PenaltyCases cases, CaseDetails details, AgencyDirectory agencies, XlsxExport export,
              MessageSource messages, ApplicationEventPublisher events) {
        this.cases = cases;
        this.details = details;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    void write(OutputStream out, SignedInUser user, CaseSearch search) {
        List<CaseView.Row> rows = rows(user, search);
        Map<Long, String> agencyNames = agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(option -> option.id(), option -> option.name(), (a, b) -> a));
        EnumLabels<CaseState> states = EnumLabels.of(messages, "casework.state.", CaseState.values());
        EnumLabels<SourceKind> sources = EnumLabels.of(messages, "casework.source.", SourceKind.values());
        EnumLabels<DecisionKind> decisions = EnumLabels.of(messages, "casework.decision.", DecisionKind.values());
        EnumLabels<DeadlineKind> deadlines = EnumLabels.of(messages, "casework.deadline.", DeadlineKind.values());
        events.publishEvent(new DataExported(CaseRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(row -> List.of(row.code(), orEmpty(row.caseNumber()),
                orEmpty(row.decisionNumber()), row.partyName() == null ? String.valueOf(row.partyId())
                        : row.partyName(), agencyNames.getOrDefault(row.agencyId(), String.valueOf(row.agencyId())),
                states.label(row.state()), sources.label(row.source()), row.summary(), day(row.discoveredOn()),
                day(row.filedOn()), row.decided() == null ? "" : decisions.label(row.decided()),
                row.decided() == null ? "" : row.fine(),
                row.nextDeadline() == null ? "" : deadlines.label(row.nextDeadline()), day(row.nextDue()))));
    }

    private List<CaseView.Row> rows(SignedInUser user, CaseSearch search) {
        return PageRequest.all(page -> details.rows(cases.search(user, search, page)), MAX_ROWS);
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("casework.case.sheet.name"),
                Column.text("code", text("casework.case.code"), true, 0),
                Column.text("caseNumber", text("casework.document.case-number"), false, 0),
                Column.text("decisionNumber", text("casework.document.decision-number"), false, 0),
                Column.text("party", text("casework.case.party"), true, 0),
                Column.text("agency", text("casework.case.agency"), true, 0),
                Column.text("state", text("casework.case.state"), true, 0),
                Column.text("source", text("casework.case.source"), true, 0),
                Column.text("summary", text("casework.case.summary"), true, 0),
                Column.date("discoveredOn", text("casework.case.discovered-on"), true),
                Column.date("filedOn", text("casework.case.filed-on"), false),
                Column.text("decision", text("casework.case.decision"), false, 0),
                Column.decimal("fine", text("casework.proposal.fine"), false),
                Column.text("nextDeadline", text("casework.case.next-deadline"), false, 0),
                Column.date("nextDue", text("casework.deadline.due-on"), false));
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
