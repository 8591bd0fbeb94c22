package org.fazhi.catalog.checklist;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Checklists in and out of Excel, one row per check point. A row names its item version by code and the version's
 * effective-from date (blank: the version in force today) and sets the point at its position: the point already
 * there is edited in place (inspections that recorded it keep their link), otherwise a point is added. Points the
 * file leaves out stay; removing one is done on the item's page. An export reads back as an import.
 */
@Controller
@RequestMapping("/catalog/check-points")
class CheckPointSheets extends SpreadsheetEndpoints<SignedInUser> {

    private static final String YES = "是";
    private static final String NO = "否";

    private final EnforcementItems items;
    private final ItemRepository itemRepository;
    private final Checklists checklists;
    private final CheckPointRepository repository;
    private final ApplicationEventPublisher events;
    private final SheetLayout layout = SheetLayout.of("检查表单",
            Column.text("itemCode", "事项编码", true, 40).withExample("JC-01-018"),
            Column.date("effectiveFrom", "版本生效日期", false).withExample("2024-01-01（不填为今日施行的版本）"),
            Column.text("itemName", "事项名称", false, 200).withExample("对食品生产经营者的监督检查（仅供阅读，导入时不读取）"),
            Column.integer("position", "序号", true).withExample("1"),
            Column.text("content", "检查内容", true, 200).withExample("进货查验记录"),
            Column.text("standard", "检查标准", true, 1000).withExample("查验供货者许可证和产品合格证明，如实记录进货信息"),
            Column.text("legalBasis", "检查依据", false, 500).withExample("《中华人民共和国食品安全法》第五十三条"),
            Column.choice("keyPoint", "重点项", false, List.of(YES, NO)));

    CheckPointSheets(SpreadsheetTools tools, EnforcementItems items, ItemRepository itemRepository,
                     Checklists checklists, CheckPointRepository repository, ApplicationEventPublisher events) {
        super(tools);
        this.items = items;
        this.itemRepository = itemRepository;
        this.checklists = checklists;
        this.repository = repository;
        this.events = events;
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "catalog.check-point.import.title";
    }

    @Override
    protected String listPath() {
        return "/catalog/check-points";
    }

    @Override
    protected String fileStem() {
        return "检查表单";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!items.mayCreate(user)) {
            throw new AccessDeniedException("catalog: may not import checklists");
        }
        Map<String, Integer> firstRows = new HashMap<>();
        return ImportTarget.of(layout, row -> write(user, row, firstRows), Map.of());
    }

    /** One row: the version it names, the point's texts, and a position no earlier row of the file took. */
    private void write(SignedInUser user, SheetRow row, Map<String, Integer> firstRows) {
        EnforcementItem item = version(user, row);
        int position = row.integer("position").orElseThrow().intValue();
        if (position < 1 || position > CheckPointRules.MAX_POINTS) {
            throw InvalidInput.of("position", "catalog.check-point.import.position", CheckPointRules.MAX_POINTS);
        }
        Integer earlier = firstRows.putIfAbsent(item.id() + "#" + position, row.number());
        if (earlier != null) {
            throw InvalidInput.of("position", "catalog.check-point.import.duplicate", earlier);
        }
        List<FieldProblem> problems = CheckPointRules.problems("", row.text("content"), row.text("standard"),
                row.text("legalBasis"));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        checklists.put(user, item, position, CheckPointRules.draft(null, row.text("content"), row.text("standard"),
                row.text("legalBasis"), YES.equals(row.text("keyPoint"))));
    }

    /** The version the row names, among those the user keeps; another agency's answers as if it did not exist. */
    private EnforcementItem version(SignedInUser user, SheetRow row) {
        List<EnforcementItem> versions = itemRepository.history(user.region().county(), row.text("itemCode"))
                .versions().stream().filter(version -> items.mayEdit(user, version)).toList();
        if (versions.isEmpty()) {
            throw InvalidInput.of("itemCode", "catalog.check-point.import.item-unknown", row.text("itemCode"));
        }
        LocalDate from = row.date("effectiveFrom").orElse(null);
        LocalDate today = items.today();
        return versions.stream()
                .filter(version -> from == null ? version.isInForceOn(today) : version.effectiveFrom().equals(from))
                .findFirst()
                .orElseThrow(() -> from == null
                        ? InvalidInput.of("effectiveFrom", "catalog.check-point.import.none-in-force", today)
                        : InvalidInput.of("effectiveFrom", "catalog.check-point.import.version-unknown", from));
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        String on = filters.text("on");
        ItemRepository.Search search = new ItemRepository.Search(filters.text("text"), filters.number("agency"),
                ItemCategory.INSPECTION, null, on == null ? null : LocalDate.parse(on),
                Boolean.TRUE.equals(filters.flag("history")));
        List<EnforcementItem> versions = items.all(user, search);
        Map<Long, List<CheckPoint>> points = repository.ofItems(versions.stream().map(EnforcementItem::id).toList());
        events.publishEvent(new DataExported(EnforcementItems.RECORD_TYPE + ".check_point", user.region(),
                points.values().stream().mapToInt(List::size).sum()));
        return versions.stream().flatMap(item -> points.getOrDefault(item.id(), List.of()).stream()
                .map(point -> List.of(item.code(), item.effectiveFrom().toString(), item.name(),
                        String.valueOf(point.position()), point.content(), point.standard(),
                        point.legalBasis() == null ? "" : point.legalBasis(), point.keyPoint() ? YES : NO)));
    }
}
