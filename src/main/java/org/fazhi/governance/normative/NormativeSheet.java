package org.fazhi.governance.normative;

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

/** The normative-document list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class NormativeSheet {

    static final int MAX_ROWS = 50_000;

    private final NormativeDocuments documents;
    private final AgencyDirectory agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    NormativeSheet(NormativeDocuments documents, AgencyDirectory agencies, XlsxExport export, MessageSource messages,
                   ApplicationEventPublisher events) {
        this.documents = documents;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("governance.normative.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, NormativeRepository.Search search) {
        List<NormativeRepository.Row> rows = PageRequest.all(page -> documents.search(user, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(NormativeRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(NormativeRepository.Row r) {
        return List.of(r.title(), agencies.nameOf(r.agencyId()).orElse(Long.toString(r.agencyId())),
                text("governance.normative.state." + r.state()), orEmpty(r.registrationNumber()),
                orEmpty(r.documentNumber()), day(r.publishedOn()), day(r.filingDueOn()),
                text(r.filingOverdue() ? "governance.normative.yes" : "governance.normative.no"), day(r.validUntil()),
                text(r.expiring() ? "governance.normative.yes" : "governance.normative.no"));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("governance.normative.list.title"),
                Column.text("title", text("governance.normative.title"), true, 0),
                Column.text("agency", text("governance.normative.agency"), true, 0),
                Column.text("state", text("governance.normative.state"), true, 0),
                Column.text("registrationNumber", text("governance.normative.registration-number"), false, 0),
                Column.text("documentNumber", text("governance.normative.document-number"), false, 0),
                Column.date("publishedOn", text("governance.normative.published-on"), false),
                Column.date("filingDueOn", text("governance.normative.filing-due-on"), false),
                Column.text("filingOverdue", text("governance.normative.filing-overdue"), true, 0),
                Column.date("validUntil", text("governance.normative.valid-until"), false),
                Column.text("expiring", text("governance.normative.expiring"), true, 0));
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
