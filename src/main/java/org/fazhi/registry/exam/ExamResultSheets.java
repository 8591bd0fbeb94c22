package org.fazhi.registry.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.ImportOutcome;
import org.fazhi.platform.spreadsheet.ImportProblems;
import org.fazhi.platform.spreadsheet.ImportReport;
import org.fazhi.platform.spreadsheet.ImportTarget;
import org.fazhi.platform.spreadsheet.SpreadsheetEndpoints.ShownProblem;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export pages of one exam session's scores, under {@code /registry/exams/{id}/results}: the same
 * five endpoints and page as {@link org.fazhi.platform.spreadsheet.SpreadsheetEndpoints} gives a fixed list path,
 * here for a path that names the session. The list itself is the session page, where {@code GET} on this path
 * leads (it is the import page's link back).
 */
@Controller
@RequestMapping("/registry/exams/{id}/results")
class ExamResultSheets {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FILE_STEM = "考试成绩";

    private final ExamResultSheet sheet;
    private final Exams exams;
    private final SpreadsheetTools tools;

    ExamResultSheets(ExamResultSheet sheet, Exams exams, SpreadsheetTools tools) {
        this.sheet = sheet;
        this.exams = exams;
        this.tools = tools;
    }

    @GetMapping
    String list(@PathVariable long id) {
        return "redirect:/registry/exams/" + id;
    }

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        sheet.importer(user, id);
        return page(id, model);
    }

    @GetMapping("/import/template")
    void downloadTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          HttpServletResponse response) throws IOException {
        exams.get(user, id);
        tools.template().write(xlsx(response, FILE_STEM + "导入模板.xlsx"), sheet.layout());
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        ImportTarget target = sheet.importer(user, id);
        ImportOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = tools.imports().run(in, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    target);
        }
        ImportReport report = tools.report();
        model.addAttribute("outcome", outcome);
        model.addAttribute("problems", outcome.problems().list().stream()
                .map(problem -> new ShownProblem(problem.row(), problem.column(), report.describe(problem))).toList());
        session.setAttribute(reportAttribute(id), outcome.refused() ? outcome.problems() : null);
        return page(id, model);
    }

    @GetMapping("/import/report")
    void downloadReport(@PathVariable long id, HttpSession session, HttpServletResponse response)
            throws IOException {
        ImportProblems problems = session.getAttribute(reportAttribute(id)) instanceof ImportProblems kept
                ? kept : new ImportProblems();
        tools.report().write(xlsx(response, FILE_STEM + "导入错误报告.xlsx"), problems);
    }

    @GetMapping("/export")
    void downloadExport(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        HttpServletResponse response) throws IOException {
        List<List<String>> rows = sheet.exportRows(user, id);
        tools.export().write(xlsx(response, FILE_STEM + ".xlsx"), sheet.exportLayout(), rows.stream());
    }

    private String page(long id, Model model) {
        model.addAttribute("importTitleKey", "registry.exam.import.title");
        model.addAttribute("listPath", listPath(id));
        model.addAttribute("columns", sheet.layout().columns());
        return "platform/import";
    }

    private static String listPath(long id) {
        return "/registry/exams/" + id + "/results";
    }

    private static String reportAttribute(long id) {
        return "import-report:" + listPath(id);
    }

    private static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
