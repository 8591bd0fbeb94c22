package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export pages of one kind of record, under the list's path: {@code /import} (upload form),
 * {@code /import/template} (.xlsx template), {@code POST /import}, {@code /import/report} (the last refused
 * import's problems as .xlsx) and {@code /export} (the list's rows, with its filters, as .xlsx). A module's
 * controller extends it with {@code @Controller @RequestMapping("/its/list")} and says what the rows are.
 *
 * @param <U> the signed-in user type
 */
public abstract class SpreadsheetEndpoints<U> {

    private final SpreadsheetImports imports;
    private final XlsxTemplate template;
    private final XlsxExport export;
    private final ImportReport report;

    protected SpreadsheetEndpoints(SpreadsheetTools tools) {
        this.imports = tools.imports();
        this.template = tools.template();
        this.export = tools.export();
        this.report = tools.report();
    }

    /** The sheet both the template and the export use. */
    protected abstract SheetLayout layout();

    /** What an upload by this user writes; refuses (AccessDeniedException) users who may not import. */
    protected abstract ImportTarget importer(U user);

    /** The rows the user may export, filtered as the list page's query parameters say. */
    protected abstract Stream<List<String>> exportRows(U user, ExportFilters filters);

    /** The export's sheet; by default the import's, so an export can be edited and imported again. */
    protected SheetLayout exportLayout() {
        return layout();
    }

    /** Message key of the import page's title. */
    protected abstract String titleKey();

    /** The list page, for the links back. */
    protected abstract String listPath();

    /** File name stem for downloads, e.g. {@code 执法主体}. */
    protected abstract String fileStem();

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal U user, Model model) {
        importer(user);
        return page().show(model);
    }

    @GetMapping("/import/template")
    void downloadTemplate(HttpServletResponse response) throws IOException {
        template.write(ImportPage.xlsx(response, fileStem() + "导入模板.xlsx"), layout());
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal U user, @RequestParam("file") MultipartFile file, HttpSession session,
                  Model model) throws IOException {
        ImportOutcome outcome = ImportPage.upload(imports, file, importer(user));
        return page().showResult(outcome, report, session, model);
    }

    @GetMapping("/import/report")
    void downloadReport(HttpSession session, HttpServletResponse response) throws IOException {
        report.write(ImportPage.xlsx(response, fileStem() + "导入错误报告.xlsx"), page().lastProblems(session));
    }

    @GetMapping("/export")
    void downloadExport(@AuthenticationPrincipal U user, @RequestParam Map<String, String> filters,
                        HttpServletResponse response) throws IOException {
        try (Stream<List<String>> rows = exportRows(user, new ExportFilters(filters))) {
            export.write(ImportPage.xlsx(response, fileStem() + ".xlsx"), exportLayout(), rows);
        }
    }

    private ImportPage page() {
        return new ImportPage(titleKey(), listPath(), layout());
    }
}
