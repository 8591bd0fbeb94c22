package org.fazhi.catalog.flexible;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.scope.ItemKeepers;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.catalog.scope.ItemRefs;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Flexible-list entries in and out of Excel; the item is given by its code, the version in force today. */
@Controller
@RequestMapping("/catalog/flexible")
class FlexibleSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final FlexibleLists lists;
    private final FlexibleEntryRepository repository;
    private final ItemRefs items;
    private final ApplicationEventPublisher events;
    private final EnumLabels<FlexibleListKind> kinds;
    private final SheetLayout layout;

    FlexibleSheets(SpreadsheetTools tools, FlexibleLists lists, FlexibleEntryRepository repository, ItemRefs items,
                   ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.lists = lists;
        this.repository = repository;
        this.items = items;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "catalog.flexible.kind.", FlexibleListKind.values());
        this.layout = SheetLayout.of("柔性执法清单",
                Column.choice("listKind", "清单类别", true, kinds.labels()),
                Column.code("itemCode", "事项编码", true, 40).withExample("330217001"),
                Column.text("circumstances", "情形", true, FlexibleEntry.MAX_CIRCUMSTANCES)
                        .withExample("超出核准登记的经营范围从事经营活动，首次被发现"),
                Column.text("conditions", "条件", false, FlexibleEntry.MAX_CONDITIONS)
                        .withExample("首次违法、危害后果轻微并及时改正"),
                Column.text("legalBasis", "依据", false, FlexibleEntry.MAX_BASIS)
                        .withExample("《中华人民共和国行政处罚法》第三十三条第一款"),
                Column.date("effectiveFrom", "生效日期", true),
                Column.date("effectiveTo", "失效日期", false));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "catalog.flexible.import.title";
    }

    @Override
    protected String listPath() {
        return "/catalog/flexible";
    }

    @Override
    protected String fileStem() {
        return "柔性执法清单";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!ItemKeepers.keepsAny(user)) {
            throw new AccessDeniedException("catalog: may not import flexible lists");
        }
        return ImportTarget.of(layout, row -> lists.create(user, toForm(user, row)), Map.of("itemId", "itemCode"));
    }

    private FlexibleEntryForm toForm(SignedInUser user, SheetRow row) {
        Optional<ItemRef> item = items.findInForce(user.region().county(), row.text("itemCode"), lists.today())
                .filter(found -> found.isVisibleIn(user.scope()) && ItemKeepers.mayKeep(user, found));
        if (item.isEmpty()) {
            throw InvalidInput.of("itemCode", "catalog.flexible.item.code-unknown", row.text("itemCode"));
        }
        return new FlexibleEntryForm(kinds.parse(row.text("listKind")).orElseThrow(), item.get().id(),
                row.text("circumstances"), row.text("conditions"), row.text("legalBasis"),
                row.date("effectiveFrom").orElseThrow(), row.date("effectiveTo").orElse(null), 0);
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        List<FlexibleEntry> rows = repository.all(user.scope(), filters.as(FlexibleEntryRepository.Search.class),
                lists.today());
        events.publishEvent(new DataExported(FlexibleLists.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(entry -> List.of(kinds.label(entry.listKind()), entry.item().code(),
                entry.circumstances(), entry.conditions() == null ? "" : entry.conditions(),
                entry.legalBasis() == null ? "" : entry.legalBasis(), entry.effectiveFrom().toString(),
                entry.effectiveTo() == null ? "" : entry.effectiveTo().toString()));
    }
}
