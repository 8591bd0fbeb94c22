package org.fazhi.catalog.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegionDirectory.RegionInfo;
import org.fazhi.shared.DataExported;
import org.fazhi.shared.InvalidValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Item lists in and out of Excel, one row per version (a list's history imports as several rows of one code).
 * Agencies are named; legal bases and delegations are written in one cell each ({@link LegalBasisText},
 * {@link DelegationText}).
 */
@Controller
@RequestMapping("/catalog/items")
class ItemSheets extends SpreadsheetEndpoints<SignedInUser> {

    private static final String YES = "是";
    private static final String NO = "否";

    private final EnforcementItems items;
    private final AgencyDirectory agencies;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final EnumLabels<ItemCategory> categories;
    private final SheetLayout layout;

    ItemSheets(SpreadsheetTools tools, EnforcementItems items, AgencyDirectory agencies, RegionDirectory regions,
               ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.items = items;
        this.agencies = agencies;
        this.regions = regions;
        this.events = events;
        this.categories = EnumLabels.of(messages, "catalog.item.category.", ItemCategory.values());
        this.layout = SheetLayout.of("执法事项",
                Column.code("code", "事项编码", true, 40).withExample("CF-01-001"),
                Column.text("name", "事项名称", true, 200).withExample("对生产经营腐败变质食品的行政处罚"),
                Column.choice("category", "事项类别", true, categories.labels()),
                Column.text("agency", "实施主体", true, 60).withExample("郏县市场监督管理局"),
                Column.choice("enterprise", "涉企", false, List.of(YES, NO)),
                Column.date("effectiveFrom", "生效日期", true),
                Column.date("effectiveTo", "失效日期", false),
                Column.text("legalBases", "法律依据", true, 20000).withExample("《中华人民共和国食品安全法》第一百二十四条："
                        + "违反本法规定……（每条依据一行，或以“；”分隔；格式为《法名》第X条：原文，原文可省略）"),
                Column.text("delegations", "赋权", false, 2000).withExample("乡镇:郏县农业农村局:农业农村；"
                        + "街道:郏县城市管理局（接收方:赋权部门[:领域]，接收方为乡镇、街道，或某一乡镇的名称或9位区划代码）"));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "catalog.item.import.title";
    }

    @Override
    protected String listPath() {
        return "/catalog/items";
    }

    @Override
    protected String fileStem() {
        return "执法事项清单";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!items.mayCreate(user)) {
            throw new AccessDeniedException("catalog: may not import enforcement items");
        }
        Map<String, Long> agencyIds = agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .collect(Collectors.toMap(Option::name, Option::id, (a, b) -> a));
        Map<String, String> townships = regions.within(user.region().county()).stream()
                .filter(region -> !region.county())
                .collect(Collectors.toMap(RegionInfo::name, region -> region.code().value(), (a, b) -> a));
        return ImportTarget.of(layout, row -> items.create(user, toForm(row, agencyIds, townships)),
                Map.of("agencyId", "agency", "enterpriseRelated", "enterprise"));
    }

    private ItemForm toForm(SheetRow row, Map<String, Long> agencyIds, Map<String, String> townships) {
        List<FieldProblem> problems = new ArrayList<>();
        Long agencyId = agencyIds.get(row.text("agency"));
        if (agencyId == null) {
            problems.add(FieldProblem.of("agency", "catalog.item.agency.unknown"));
        }
        List<ItemForm.BasisRow> bases = List.of();
        try {
            bases = LegalBasisText.parse(row.text("legalBases")).stream()
                    .map(basis -> new ItemForm.BasisRow(basis.law(), basis.article(), basis.quoted())).toList();
        } catch (InvalidValueException unreadable) {
            problems.add(FieldProblem.of("legalBases", unreadable.messageKey(), unreadable.arguments()));
        }
        List<ItemForm.DelegationRow> delegations = List.of();
        try {
            delegations = DelegationText.parse(row.text("delegations"), agencyIds, townships);
        } catch (InvalidInput unreadable) {
            problems.addAll(unreadable.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ItemForm(agencyId, row.text("code"), row.text("name"),
                categories.parse(row.text("category")).orElseThrow(), YES.equals(row.text("enterprise")),
                row.date("effectiveFrom").orElseThrow(), row.date("effectiveTo").orElse(null), bases, delegations, 0);
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        ItemRepository.Search search = filters.as(ItemRepository.Search.class);
        Map<Long, String> names = agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .collect(Collectors.toMap(Option::id, Option::name, (a, b) -> a));
        List<EnforcementItem> rows = items.all(user, search);
        events.publishEvent(new DataExported(EnforcementItems.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(item -> List.of(item.code(), item.name(), categories.label(item.category()),
                names.getOrDefault(item.agencyId(), ""), item.enterpriseRelated() ? YES : NO,
                item.effectiveFrom().toString(), item.effectiveTo() == null ? "" : item.effectiveTo().toString(),
                LegalBasisText.format(item.legalBases()), DelegationText.format(item.delegations(), names)));
    }
}
