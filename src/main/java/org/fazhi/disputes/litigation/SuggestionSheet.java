package org.fazhi.disputes.litigation;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.XlsxExport;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The year's suggestions the user may see, as the list shows them, as an .xlsx sheet (with the reply's standing). */
@Component
class SuggestionSheet {

    private final Suggestions suggestions;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    SuggestionSheet(Suggestions suggestions, XlsxExport export, MessageSource messages,
                    ApplicationEventPublisher events) {
        this.suggestions = suggestions;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName(int year) {
        return year + text("disputes.suggestion.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, int year) {
        List<Suggestion> rows = suggestions.of(user, year);
        events.publishEvent(new DataExported(SuggestionRepository.RECORD_TYPE, user.region(), rows.size()));
        LocalDate today = suggestions.today();
        Map<Long, String> agencies = suggestions.agencyNames(rows.stream().map(Suggestion::agencyId).distinct()
                .toList());
        export.write(out, layout(), rows.stream().map(s -> line(s, agencies.getOrDefault(s.agencyId(),
                Long.toString(s.agencyId())), today)));
    }

    private List<String> line(Suggestion s, String agency, LocalDate today) {
        return List.of(text("disputes.suggestion.kind." + s.kind()), s.issuer(), agency,
                s.receivedOn().toString(), s.replyDueOn().toString(), s.content(),
                s.repliedOn() == null ? "" : s.repliedOn().toString(), s.reply() == null ? "" : s.reply(),
                text(standing(s, today)));
    }

    /** On time, late, overdue without a reply, or not yet due. */
    private static String standing(Suggestion s, LocalDate today) {
        if (s.repliedOnTime() != null) {
            return s.repliedOnTime() ? "disputes.suggestion.on-time" : "disputes.suggestion.late";
        }
        return s.isOverdueOn(today) ? "disputes.suggestion.overdue" : "disputes.suggestion.awaiting";
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("disputes.suggestion.list.title"),
                Column.text("kind", text("disputes.suggestion.kind"), true, 0),
                Column.text("issuer", text("disputes.suggestion.issuer"), true, 0),
                Column.text("agency", text("disputes.suggestion.agency"), true, 0),
                Column.date("receivedOn", text("disputes.suggestion.received-on"), true),
                Column.date("replyDueOn", text("disputes.suggestion.reply-due"), true),
                Column.text("content", text("disputes.suggestion.content"), true, 0),
                Column.date("repliedOn", text("disputes.suggestion.replied-on"), false),
                Column.text("reply", text("disputes.suggestion.reply"), false, 0),
                Column.text("standing", text("disputes.suggestion.standing"), true, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
