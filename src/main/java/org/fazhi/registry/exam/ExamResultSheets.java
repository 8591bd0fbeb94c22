package org.fazhi.registry.exam;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.ImportOutcome;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.fazhi.platform.spreadsheet.SpreadsheetTools;
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
        return page(id).show(model);
    }

    @GetMapping("/import/template")
    void downloadTemplate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                          HttpServletResponse response) throws IOException {
        exams.get(user, id);
        tools.template().write(ImportPage.xlsx(response, FILE_STEM + "导入模板.xlsx"), sheet.layout());
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        ImportOutcome outcome = ImportPage.upload(tools.imports(), file, sheet.importer(user, id));
        return page(id).showResult(outcome, tools.report(), session, model);
    }

    @GetMapping("/import/report")
    void downloadReport(@PathVariable long id, HttpSession session, HttpServletResponse response)
            throws IOException {
        tools.report().write(ImportPage.xlsx(response, FILE_STEM + "导入错误报告.xlsx"),
                page(id).lastProblems(session));
    }

    @GetMapping("/export")
    void downloadExport(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        HttpServletResponse response) throws IOException {
        List<List<String>> rows = sheet.exportRows(user, id);
        tools.export().write(ImportPage.xlsx(response, FILE_STEM + ".xlsx"), sheet.exportLayout(), rows.stream());
    }

    private ImportPage page(long id) {
        return new ImportPage("registry.exam.import.title", "/registry/exams/" + id + "/results", sheet.layout());
    }
}
