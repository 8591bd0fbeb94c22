package org.fazhi.registry.training;

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
import org.fazhi.platform.spreadsheet.ExportFilters;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.DataExported;
import org.fazhi.shared.IdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Training records in and out of Excel: the trainee is named by ID number (names repeat, numbers do not) and must be
 * in the user's scope; the name, when given, must match. The same training twice in one file is refused, so a
 * file pasted together from two lists does not count hours twice. Exports show ID numbers masked.
 */
@Controller
@RequestMapping("/registry/training")
class TrainingSheets extends SpreadsheetEndpoints<SignedInUser> {

    private final TrainingRecords records;
    private final OfficerRepository officers;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final SheetLayout layout;
    private final SheetLayout exportLayout;

    TrainingSheets(SpreadsheetTools tools, TrainingRecords records, OfficerRepository officers, FieldCipher cipher,
                   ApplicationEventPublisher events) {
        super(tools);
        this.records = records;
        this.officers = officers;
        this.cipher = cipher;
        this.events = events;
        List<Column> columns = List.of(
                Column.code("idNumber", "持证人身份证号", true, 18).withExample("11010519491231002X"),
                Column.text("name", "姓名", false, 30).withExample("张伟"),
                Column.text("course", "培训课程", true, TrainingRecord.COURSE_MAX).withExample("行政处罚法专题培训"),
                Column.date("trainedOn", "培训日期", true).withExample("2026-03-25"),
                Column.decimal("hours", "学时", true).withExample("8"),
                Column.text("organiser", "组织单位", false, TrainingRecord.ORGANISER_MAX).withExample("郏县司法局"));
        this.layout = new SheetLayout("培训记录", columns);
        List<Column> exported = new ArrayList<>(columns);
        exported.add(Column.text("agency", "执法主体", false, 60));
        this.exportLayout = new SheetLayout("培训记录", exported);
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
        return "registry.training.import.title";
    }

    @Override
    protected String listPath() {
        return "/registry/training";
    }

    @Override
    protected String fileStem() {
        return "培训记录";
    }

    @Override
    protected ImportTarget importer(SignedInUser user) {
        if (!TrainingController.mayKeepTraining(user)) {
            throw new AccessDeniedException("registry: may not record training");
        }
        Map<String, Integer> seen = new HashMap<>();
        return ImportTarget.of(layout, row -> {
            TrainingForm form = toForm(user, row);
            String key = form.officerId() + "|" + row.text("course") + "|" + form.trainedOn();
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                throw InvalidInput.of("course", "import.error.duplicate-in-file", first);
            }
            records.create(user, form);
        }, Map.of("officerId", "idNumber"));
    }

    private TrainingForm toForm(SignedInUser user, SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> invalid = IdNumber.validate(row.text("idNumber"));
        Optional<Officer> trainee = invalid.isPresent() ? Optional.empty()
                : officers.findByIdNumberHash(cipher.lookupHash(IdNumber.of(row.text("idNumber")).value()))
                .filter(officer -> user.scope().covers(officer.region(), officer.agencyId()));
        if (invalid.isPresent()) {
            problems.add(FieldProblem.of("idNumber", invalid.get()));
        } else if (trainee.isEmpty()) {
            problems.add(FieldProblem.of("idNumber", "registry.training.officer.unknown"));
        } else if (!row.isEmpty("name") && !trainee.get().name().equals(row.text("name"))) {
            problems.add(FieldProblem.of("name", "registry.import.name-mismatch", trainee.get().name()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new TrainingForm(trainee.get().id(), row.text("course"), row.date("trainedOn").orElseThrow(),
                row.decimal("hours").orElseThrow(), row.text("organiser"), 0);
    }

    @Override
    protected Stream<List<String>> exportRows(SignedInUser user, ExportFilters filters) {
        TrainingRecordRepository.Search search = filters.as(TrainingRecordRepository.Search.class);
        Map<Long, String> masked = new HashMap<>();
        officers.all(user.scope()).forEach(officer -> masked.put(officer.id(), officer.idNumberMasked()));
        List<List<String>> rows = new ArrayList<>();
        records.eachRow(user, search, row -> {
            TrainingRecord r = row.record();
            rows.add(List.of(masked.getOrDefault(r.officerId(), ""), row.officerName(), r.course(),
                    r.trainedOn().toString(), r.hours().toPlainString(), r.organiser() == null ? "" : r.organiser(),
                    row.agencyName()));
        });
        events.publishEvent(new DataExported(TrainingRecords.RECORD_TYPE, user.region(), rows.size()));
        return rows.stream();
    }
}
