package org.fazhi.registry.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fazhi.identity.Role;
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
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.shared.DataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Officers in and out of Excel. The agency is given by name; an agency's legal office imports only into its own
 * agency. Exports show ID numbers masked, as every page does.
 */
@Controller
@RequestMapping("/registry/officers")
class OfficerSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final Officers officers;
    private final OfficerRepository repository;
    private final AgencyRepository agencies;
    private final EnforcementAreas areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnumLabels<OfficerPost> posts;
    private final EnumLabels<Establishment> establishments;
    private final EnumLabels<OfficerStatus> statuses;
    private final SheetLayout layout;

    OfficerSheets(SpreadsheetTools tools, Officers officers, OfficerRepository repository, AgencyRepository agencies,
                  EnforcementAreas areas, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        super(tools);
        this.officers = officers;
        this.repository = repository;
        this.agencies = agencies;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
        this.posts = EnumLabels.of(messages, "registry.officer.post.", OfficerPost.values());
        this.establishments = EnumLabels.of(messages, "registry.officer.establishment.", Establishment.values());
        this.statuses = EnumLabels.of(messages, "registry.officer.status.", OfficerStatus.values());
        this.layout = SheetLayout.of("执法人员",
                Column.text("name", "姓名", true, 30).withExample("张伟"),
                Column.code("idNumber", "身份证号", true, 18).withExample("11010519491231002X"),
                Column.text("agency", "执法主体", true, 60).withExample("郏县市场监督管理局"),
                Column.choice("post", "岗位", true, posts.labels()),
                Column.choice("establishment", "编制类型", true, establishments.labels()),
                Column.text("areas", "执法领域", false, 300).withExample("市场监管"),
                Column.choice("status", "状态", false, statuses.labels()));
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected String titleKey() {
        return "registry.officer.import.title";
    }

    @Override
    protected String listPath() {
        return "/registry/officers";
    }

    @Override
    protected String fileStem() {
        return "执法人员";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("officer import needs a keeper role");
        }
        return ImportTarget.of(layout, row -> officers.register(user, toForm(user, row)),
                Map.of("agencyId", "agency"));
    }

    private OfficerForm toForm(SignedInUser user, SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Agency> agency = agencies.findByName(user.region().county(), row.text("agency"))
                .filter(found -> user.scope().covers(found.region(), found.id()));
        if (agency.isEmpty()) {
            problems.add(FieldProblem.of("agency", "registry.officer.agency.unknown"));
        }
        List<String> areaCodes = areas.codesIn(row.text("areas"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OfficerStatus status = row.isEmpty("status") ? OfficerStatus.ACTIVE : statuses.parse(row.text("status")).orElseThrow();
        return new OfficerForm(agency.get().id(), row.text("name"), row.text("idNumber"),
                posts.parse(row.text("post")).orElseThrow(), establishments.parse(row.text("establishment")).orElseThrow(),
                areaCodes, status, 0);
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        List<OfficerRepository.Row> rows = repository.all(user.scope(), filters.as(OfficerRepository.Search.class),
                LocalDate.now(clock));
        events.publishEvent(new DataExported(Officers.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(row -> List.of(row.officer().name(), row.officer().idNumberMasked(), row.agencyName(),
                posts.label(row.officer().post()), establishments.label(row.officer().establishment()),
                areas.names(row.officer().areas()), statuses.label(row.officer().status())));
    }
}
