package org.fazhi.registry.certificate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
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
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.DataExported;
import org.fazhi.shared.IdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Certificates in and out of Excel: a certificate names its holder by ID number (names repeat, numbers do not),
 * and the holder's name, when given, must match. Exports add the standing and show ID numbers masked.
 */
@Controller
@RequestMapping("/registry/certificates")
class CertificateSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final Certificates certificates;
    private final CertificateRepository repository;
    private final OfficerRepository officers;
    private final EnforcementAreas areas;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final EnumLabels<CertificateKind> kinds;
    private final EnumLabels<Standing> standings;
    private final SheetLayout layout;
    private final SheetLayout exportLayout;

    CertificateSheets(SpreadsheetTools tools, Certificates certificates, CertificateRepository repository,
                      OfficerRepository officers, EnforcementAreas areas, FieldCipher cipher,
                      ApplicationEventPublisher events, MessageSource messages) {
        super(tools);
        this.certificates = certificates;
        this.repository = repository;
        this.officers = officers;
        this.areas = areas;
        this.cipher = cipher;
        this.events = events;
        this.kinds = EnumLabels.of(messages, "registry.certificate.kind.", CertificateKind.values());
        this.standings = EnumLabels.of(messages, "registry.certificate.standing.", Standing.values());
        List<Column> columns = List.of(
                Column.code("number", "证号", true, 30).withExample("41042510001"),
                Column.code("idNumber", "持证人身份证号", true, 18).withExample("11010519491231002X"),
                Column.text("name", "持证人姓名", false, 30).withExample("张伟"),
                Column.choice("kind", "证件类型", true, kinds.labels()),
                Column.date("issuedOn", "发证日期", true).withExample("2024-03-25"),
                Column.date("expiresOn", "有效期至", false).withExample("2029-03-24"),
                Column.text("areas", "执法领域", false, 300).withExample("市场监管"));
        this.layout = new SheetLayout("执法证件", columns);
        List<Column> exported = new ArrayList<>(columns);
        exported.add(Column.text("standing", "证件状态", false, 10));
        this.exportLayout = new SheetLayout("执法证件", exported);
    }

    @Override
    protected SheetLayout layout() {
        return layout;
    }

    @Override
    protected SheetLayout exportLayout() {
        return exportLayout;
    }

    @Override
    protected String titleKey() {
        return "registry.certificate.import.title";
    }

    @Override
    protected String listPath() {
        return "/registry/certificates";
    }

    @Override
    protected String fileStem() {
        return "执法证件";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        RegistryPermissions.requireBureau(user, user.region());
        return ImportTarget.of(layout, row -> certificates.issue(user, toForm(user, row)),
                Map.of("officerId", "idNumber"));
    }

    private CertificateForm toForm(SignedInUser user, SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Officer> holder = IdNumber.validate(row.text("idNumber")).isPresent() ? Optional.empty()
                : officers.findByIdNumberHash(cipher.lookupHash(IdNumber.of(row.text("idNumber")).value()))
                .filter(officer -> user.scope().covers(officer.region(), officer.agencyId()));
        if (holder.isEmpty()) {
            problems.add(FieldProblem.of("idNumber", "registry.certificate.holder.unknown"));
        } else if (!row.isEmpty("name") && !holder.get().name().equals(row.text("name"))) {
            problems.add(FieldProblem.of("name", "registry.certificate.holder.name-mismatch", holder.get().name()));
        }
        List<String> areaCodes = areas.codesIn(row.text("areas"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CertificateForm(holder.get().id(), kinds.parse(row.text("kind")).orElseThrow(), row.text("number"),
                row.date("issuedOn").orElseThrow(), row.date("expiresOn").orElse(null), areaCodes);
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        CertificateRepository.Search search = certificates.searchFor(filters.as(CertificateFilter.class));
        List<CertificateRepository.Row> rows = repository.all(user.scope(), search, certificates.today());
        Map<Long, String> masked = new HashMap<>();
        officers.all(user.scope()).forEach(officer -> masked.put(officer.id(), officer.idNumberMasked()));
        events.publishEvent(new DataExported(Certificates.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream().map(row -> {
            Certificate c = row.certificate();
            return List.of(c.number(), masked.getOrDefault(c.officerId(), ""), row.officerName(), kinds.label(c.kind()),
                    c.issuedOn().toString(), c.expiresOn().toString(), areas.names(c.areas()),
                    standings.label(c.standingOn(certificates.today())));
        });
    }
}
