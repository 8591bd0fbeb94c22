package org.fazhi.supervision.accountability;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
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

/** The findings' list as an .xlsx sheet, with the list's filters and scope (at most {@value #MAX_ROWS} rows). */
@Component
class AccountabilitySheet {

    static final int MAX_ROWS = 50_000;

    private final Accountability accountability;
    private final AgencyOptions agencies;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AccountabilitySheet(Accountability accountability, AgencyOptions agencies, XlsxExport export,
                        MessageSource messages, ApplicationEventPublisher events) {
        this.accountability = accountability;
        this.agencies = agencies;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("supervision.accountability.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, AccountabilityFindingRepository.Search search) {
        List<Finding> rows = PageRequest.all(page -> accountability.search(user, search, page), MAX_ROWS);
        Map<Long, String> names = agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
        events.publishEvent(new DataExported(AccountabilityFindingRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(f -> List.of(f.foundOn().toString(),
                names.getOrDefault(f.agencyId(), Long.toString(f.agencyId())),
                text("supervision.accountability.source." + f.source().kind()), Long.toString(f.source().id()),
                f.fault(), yesNo(f.pursued()), orEmpty(f.notPursuedReason()), yesNo(f.circulated()),
                yesNo(f.referredToDiscipline()), persons(f), f.recordedBy())));
    }

    private String persons(Finding f) {
        return f.persons().stream().map(p -> text("supervision.accountability.person.value", p.name(),
                text("supervision.accountability.handling." + p.handling()))).collect(Collectors.joining("、"));
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("supervision.accountability.list.title"),
                Column.date("foundOn", text("supervision.accountability.found-on"), true),
                Column.text("agency", text("supervision.accountability.agency"), true, 0),
                Column.text("source", text("supervision.accountability.source"), true, 0),
                Column.integer("sourceId", text("supervision.accountability.source-id"), true),
                Column.text("fault", text("supervision.accountability.fault"), true, 0),
                Column.text("pursued", text("supervision.accountability.pursued"), true, 0),
                Column.text("reason", text("supervision.accountability.not-pursued-reason"), false, 0),
                Column.text("circulated", text("supervision.accountability.circulated"), true, 0),
                Column.text("referred", text("supervision.accountability.referred"), true, 0),
                Column.text("persons", text("supervision.accountability.persons"), false, 0),
                Column.text("recordedBy", text("supervision.accountability.recorded-by"), true, 0));
    }

    private String yesNo(boolean value) {
        return text(value ? "supervision.accountability.yes" : "supervision.accountability.no");
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
