package org.fazhi.disputes.reconsideration;

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

/** The list of 行政复议意见书 as an .xlsx sheet, with the list's filters and scope. */
@Component
class ReconsiderationOpinionSheet {

    private final ReconsiderationOpinions opinions;
    private final XlsxExport export;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ReconsiderationOpinionSheet(ReconsiderationOpinions opinions, XlsxExport export, MessageSource messages,
                 ApplicationEventPublisher events) {
        this.opinions = opinions;
        this.export = export;
        this.messages = messages;
        this.events = events;
    }

    String fileName() {
        return text("disputes.opinion.list.title") + ".xlsx";
    }

    void write(OutputStream out, SignedInUser user, ReconsiderationOpinionRepository.Search search) {
        List<ReconsiderationOpinion> rows = PageRequest.all(page -> opinions.search(user, search, page),
                ReconsiderationSheet.MAX_ROWS);
        events.publishEvent(new DataExported(ReconsiderationOpinionRepository.RECORD_TYPE, user.region(), rows.size()));
        export.write(out, layout(), rows.stream().map(this::line));
    }

    private List<String> line(ReconsiderationOpinion o) {
        Boolean onTime = o.repliedOnTime();
        String reply = onTime == null ? text(o.isOverdueOn(opinions.today()) ? "disputes.opinion.reply.overdue"
                : "disputes.opinion.reply.awaited") : text(onTime ? "disputes.opinion.reply.on-time"
                : "disputes.opinion.reply.late");
        return List.of(o.number(), o.reconsiderationNumber(), opinions.agencyName(o.agencyId()), o.issue(),
                o.requiredAction(), o.issuedOn().toString(), o.replyDue().toString(),
                o.repliedOn() == null ? "" : o.repliedOn().toString(), o.measures() == null ? "" : o.measures(),
                reply);
    }

    private SheetLayout layout() {
        return SheetLayout.of(text("disputes.opinion.list.title"),
                Column.text("number", text("disputes.opinion.number.label"), true, 0),
                Column.text("reconsideration", text("disputes.opinion.reconsideration"), true, 0),
                Column.text("agency", text("disputes.opinion.agency"), true, 0),
                Column.text("issue", text("disputes.opinion.issue"), true, 0),
                Column.text("requiredAction", text("disputes.opinion.required-action"), true, 0),
                Column.date("issuedOn", text("disputes.opinion.issued-on"), true),
                Column.date("replyDue", text("disputes.opinion.reply-due"), true),
                Column.date("repliedOn", text("disputes.opinion.replied-on"), false),
                Column.text("measures", text("disputes.opinion.measures"), false, 0),
                Column.text("reply", text("disputes.opinion.reply"), true, 0));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
