package org.fazhi.governance.ledger;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.ColumnType;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A ledger type as a sheet, from its declaration alone: one column per field (header = label, key = field code),
 * choices, agencies and yes/no as drop-downs. The same layout makes the import template, checks an upload and
 * writes the export, so an export can be corrected and imported again. An imported row goes through
 * {@link Ledgers#record}, the form's own path, so it meets the same checks.
 */
@Component
class LedgerSheets {

    static final int MAX_ROWS = 50_000;

    private final Ledgers ledgers;
    private final XlsxExport export;
    private final ApplicationEventPublisher events;

    LedgerSheets(Ledgers ledgers, XlsxExport export, ApplicationEventPublisher events) {
        this.ledgers = ledgers;
        this.export = export;
        this.events = events;
    }

    SheetLayout layout(SignedInUser user, LedgerType type) {
        EntryTexts texts = ledgers.texts(user);
        List<String> agencyNames = List.copyOf(ledgers.agencyChoices(user).values());
        List<Column> columns = new ArrayList<>();
        for (LedgerField field : type.fields()) {
            columns.add(column(field, agencyNames, texts));
        }
        return new SheetLayout(type.name(), columns);
    }

    ImportTarget importer(SignedInUser user, LedgerType type) {
        if (!ledgers.mayWrite(user)) {
            throw new org.springframework.security.access.AccessDeniedException("governance.ledger.writers-only");
        }
        return ImportTarget.of(layout(user, type), row -> ledgers.record(user, type, row.values()),
                java.util.Map.of());
    }

    void write(OutputStream out, SignedInUser user, LedgerType type, LedgerEntryRepository.Search search) {
        List<LedgerEntry> entries = PageRequest.all(page -> ledgers.search(user, type, search, page), MAX_ROWS);
        events.publishEvent(new DataExported(LedgerEntryRepository.RECORD_TYPE, user.region(), entries.size()));
        EntryTexts texts = ledgers.texts(user);
        Stream<List<String>> rows = entries.stream().map(entry -> type.fields().stream()
                .map(field -> texts.shown(field, entry.value(field.code()))).toList());
        export.write(out, layout(user, type), rows);
    }

    private static Column column(LedgerField field, List<String> agencyNames, EntryTexts texts) {
        String key = field.code();
        String header = field.label();
        boolean required = field.required();
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> Column.text(key, header, required, field.lengthLimit());
            case INTEGER -> Column.integer(key, header, required);
            case MONEY -> Column.decimal(key, header, required);
            case DATE -> Column.date(key, header, required);
            case CHOICE -> Column.choice(key, header, required, field.options());
            case BOOLEAN -> Column.choice(key, header, required, List.of(texts.yes(), texts.no()));
            case AGENCY -> agencyNames.isEmpty() ? new Column(key, header, required, 0, ColumnType.TEXT, List.of(), "")
                    : Column.choice(key, header, required, agencyNames);
        };
    }
}
