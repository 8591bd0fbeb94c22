package org.fazhi.registry.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.region.Region;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Agencies in and out of Excel: entrusting agency and areas are given by their Chinese names, the region by its name
 * (as exported) or its code.
 */
@Controller
@RequestMapping("/registry/agencies")
class AgencySheets extends SpreadsheetEndpoints<SignedInUser> {

    private final Agencies agencies;
    private final AgencyRepository repository;
    private final RegionRepository regions;
    private final EnforcementAreas areas;
    private final ApplicationEventPublisher events;
    private final EnumLabels<AgencyKind> kinds;
    private final EnumLabels<AgencyStatus> statuses;
    private final SheetLayout layout;

    AgencySheets(SpreadsheetTools tools, Agencies agencies, AgencyRepository repository, RegionRepository regions,
                 EnforcementAreas areas, ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.agencies = agencies;
        this.repository = repository;
        this.regions = regions;
        this.areas = areas;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "registry.agency.kind.", AgencyKind.values());
        this.statuses = EnumLabels.of(messages, "registry.agency.status.", AgencyStatus.values());
        this.layout = SheetLayout.of("执法主体",
                Column.text("name", "名称", true, 60).withExample("郏县市场监督管理局"),
                Column.choice("kind", "类型", true, kinds.labels()),
                Column.text("region", "所属区划", true, 40).withExample("郏县（或区划代码 410425）"),
                Column.code("creditCode", "统一社会信用代码", true, 18).withExample("11410425MB1234567X"),
                Column.text("legalBasis", "职权依据", true, 2000).withExample("《中华人民共和国行政处罚法》第十七条"),
                Column.text("entrustedBy", "委托机关", false, 60),
                Column.text("areas", "执法领域", false, 300).withExample("市场监管、商务"),
                Column.choice("status", "状态", false, statuses.labels()),
                Column.text("duties", "职责", false, 2000).withExample("负责本县市场监管领域行政处罚、行政检查"),
                Column.text("address", "办公地址", false, 200).withExample("郏县龙山大道88号"),
                Column.text("phone", "联系电话", false, 30).withExample("0375-5123456"),
                Column.text("complaintPhone", "投诉举报电话", false, 30).withExample("12345"));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "registry.agency.import.title";
    }

    @Override
    protected String listPath() {
        return "/registry/agencies";
    }

    @Override
    protected String fileStem() {
        return "执法主体";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        RegistryPermissions.requireBureau(user, user.region());
        return ImportTarget.of(layout, row -> agencies.register(user, toForm(user, row)),
                Map.of("regionCode", "region"));
    }

    private AgencyForm toForm(SignedInUser user, SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Region> region = regions.findByCodeOrName(user.region(), row.text("region"));
        if (region.isEmpty()) {
            problems.add(FieldProblem.of("region", "registry.agency.region.unknown"));
        }
        Long entrustedBy = null;
        if (!row.isEmpty("entrustedBy")) {
            Optional<Agency> entrusting = repository.findByName(user.region().county(), row.text("entrustedBy"));
            entrusting.ifPresentOrElse(agency -> { }, () ->
                    problems.add(FieldProblem.of("entrustedBy", "registry.agency.entrusted-by.unknown")));
            entrustedBy = entrusting.map(Agency::id).orElse(null);
        }
        List<String> areaCodes = areas.codesIn(row.text("areas"), problems);
        for (String phone : List.of("phone", "complaintPhone")) {
            if (!row.text(phone).matches(AgencyForm.PHONE)) {
                problems.add(FieldProblem.of(phone, phone.equals("phone") ? "registry.agency.phone.pattern"
                        : "registry.agency.complaint-phone.pattern"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AgencyStatus status = row.isEmpty("status") ? AgencyStatus.ACTIVE : statuses.parse(row.text("status")).orElseThrow();
        return new AgencyForm(row.text("name"), kinds.parse(row.text("kind")).orElseThrow(),
                region.get().code().value(), row.text("creditCode"), row.text("legalBasis"), entrustedBy, areaCodes,
                status, 0, row.text("duties"), row.text("address"), row.text("phone"), row.text("complaintPhone"));
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        AgencyRepository.Search search = filters.as(AgencyRepository.Search.class);
        Map<String, String> regionNames = new HashMap<>();
        regions.within(user.region()).forEach(region -> regionNames.put(region.code().value(), region.name()));
        Map<Long, String> agencyNames = new HashMap<>();
        agencies.all(user).forEach(agency -> agencyNames.put(agency.id(), agency.name()));
        List<Agency> rows = repository.all(user.scope(), search);
        events.publishEvent(new DataExported(Agencies.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(agency -> List.of(agency.name(), kinds.label(agency.kind()),
                regionNames.getOrDefault(agency.region().value(), agency.region().value()), agency.creditCode().value(),
                agency.legalBasis(), agency.entrustedBy() == null ? "" : agencyNames.getOrDefault(agency.entrustedBy(), ""),
                areas.names(agency.areas()), statuses.label(agency.status()), agency.duties(),
                agency.contact().address(), agency.contact().phone(), agency.contact().complaintPhone()));
    }
}
