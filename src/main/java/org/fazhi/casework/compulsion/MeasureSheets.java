package org.fazhi.casework.compulsion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.casework.casefile.RunningDeadline.Standing;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataExported;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The open measures to Excel, filtered as the list is; measures are made on cases, never imported. */
@Controller
@RequestMapping("/casework/measures")
class MeasureSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final MeasureViews views;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final EnumLabels<MeasureKind> kinds;
    private final EnumLabels<MeasureState> states;
    private final EnumLabels<Standing> standings;
    private final SheetLayout layout;

    MeasureSheets(SpreadsheetTools tools, MeasureViews views, AgencyDirectory agencies,
                  ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.views = views;
        this.agencies = agencies;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "casework.measure.kind.", MeasureKind.values());
        this.states = EnumLabels.of(messages, "casework.measure.state.", MeasureState.values());
        this.standings = EnumLabels.of(messages, "casework.deadline.standing.", Standing.values());
        this.layout = SheetLayout.of("强制措施",
                Column.code("case", "案件编号", true, 40),
                Column.text("agency", "执法部门", true, 60),
                Column.choice("kind", "措施", true, kinds.labels()),
                Column.choice("state", "状态", true, states.labels()),
                Column.integer("items", "物品项数", true),
                Column.integer("returned", "已退还", true),
                Column.date("startedOn", "起始日", false),
                Column.date("dueOn", "届满日", false),
                Column.text("extended", "已延长", false, 4),
                Column.text("standing", "期限状态", false, 20));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        throw new AccessDeniedException("measures are taken on their cases, not imported");
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        List<MeasureView.Row> rows = views.open(user, filters.number("agency"));
        Map<Long, String> names = agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(option -> option.id(), option -> option.name()));
        events.publishEvent(new DataExported(MeasureRepository.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(row -> List.of(row.caseCode(), names.getOrDefault(row.agencyId(), ""),
                kinds.label(row.kind()), states.label(row.state()), String.valueOf(row.items()),
                String.valueOf(row.returned()), day(row.startedOn()), day(row.dueOn()), row.extended() ? "是" : "",
                row.standing() == null ? "" : standings.label(row.standing())));
    }

    @Override
    protected String titleKey() {
        return "casework.measure.list.title";
    }

    @Override
    protected String listPath() {
        return "/casework/measures";
    }

    @Override
    protected String fileStem() {
        return "强制措施";
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
