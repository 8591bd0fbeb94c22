package org.fazhi.registry.exam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.DataExported;
import org.fazhi.shared.IdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One exam session's scores as a sheet: who sat is named by ID number (and, when given, a name that must match),
 * scores are written through {@link Exams#recordScore} so its rules hold. The export adds agency and outcome and
 * shows ID numbers masked. {@link ExamResultSheets} serves it under the session's path.
 */
@Component
class ExamResultSheet {

    private final Exams exams;
    private final OfficerRepository officers;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final String passed;
    private final String failed;
    private final SheetLayout layout;
    private final SheetLayout exportLayout;

    ExamResultSheet(Exams exams, OfficerRepository officers, FieldCipher cipher, ApplicationEventPublisher events,
                    MessageSource messages) {
        this.exams = exams;
        this.officers = officers;
        this.cipher = cipher;
        this.events = events;
        this.passed = messages.getMessage("registry.exam.outcome.passed", null, Locale.SIMPLIFIED_CHINESE);
        this.failed = messages.getMessage("registry.exam.outcome.failed", null, Locale.SIMPLIFIED_CHINESE);
        this.layout = SheetLayout.of("考试成绩",
                Column.code("idNumber", "身份证号", true, 18).withExample("11010519491231002X"),
                Column.text("name", "姓名", false, 30).withExample("张伟"),
                Column.decimal("score", "成绩", true).withExample("86.5"));
        this.exportLayout = SheetLayout.of("考试成绩",
                Column.code("idNumber", "身份证号", true, 18),
                Column.text("name", "姓名", false, 30),
                Column.text("agency", "执法主体", false, 60),
                Column.decimal("score", "成绩", true),
                Column.text("outcome", "结果", false, 10));
    }

    SheetLayout layout() {
        return layout;
    }

    SheetLayout exportLayout() {
        return exportLayout;
    }

    /** What an upload into the session writes; refuses (AccessDeniedException) all but the bureau. */
    ImportTarget importer(SignedInUser user, long sessionId) {
        exams.get(user, sessionId);
        RegistryPermissions.requireBureau(user, user.region());
        return ImportTarget.of(layout, row -> exams.recordScore(user, sessionId, toForm(user, row)),
                Map.of("officerId", "idNumber"));
    }

    private ExamResultForm toForm(SignedInUser user, SheetRow row) {
        Optional<String> invalid = IdNumber.validate(row.text("idNumber"));
        Optional<Officer> sitter = invalid.isPresent() ? Optional.empty()
                : officers.findByIdNumberHash(cipher.lookupHash(IdNumber.of(row.text("idNumber")).value()))
                .filter(officer -> user.scope().covers(officer.region(), officer.agencyId()));
        List<FieldProblem> problems = new ArrayList<>();
        if (invalid.isPresent()) {
            problems.add(FieldProblem.of("idNumber", invalid.get()));
        } else if (sitter.isEmpty()) {
            problems.add(FieldProblem.of("idNumber", "registry.exam.result.officer.unknown"));
        } else if (!row.isEmpty("name") && !sitter.get().name().equals(row.text("name"))) {
            problems.add(FieldProblem.of("name", "registry.import.name-mismatch", sitter.get().name()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ExamResultForm(sitter.get().id(), row.decimal("score").orElseThrow(), 0);
    }

    /** The session's results the user may see, as export rows; the export is audited. */
    List<List<String>> exportRows(SignedInUser user, long sessionId) {
        List<ExamResultRepository.Row> results = exams.results(user, sessionId);
        Map<Long, String> masked = new HashMap<>();
        officers.all(user.scope()).forEach(officer -> masked.put(officer.id(), officer.idNumberMasked()));
        events.publishEvent(new DataExported(Exams.RESULT_TYPE, user.region(), results.size()));
        return results.stream().map(row -> List.of(masked.getOrDefault(row.result().officerId(), ""),
                row.officerName(), row.agencyName(), row.result().score().toPlainString(),
                row.result().passed() ? passed : failed)).toList();
    }
}
