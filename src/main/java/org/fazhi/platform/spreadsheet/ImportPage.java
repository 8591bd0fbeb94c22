package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one import page ({@code templates/platform/import.html}) of a list at {@code listPath}: the upload form and
 * the columns' rules, then what an upload wrote or refused. The problems of a refused upload stay in the session
 * for the error report's download. {@link SpreadsheetEndpoints} uses it; so do the controllers whose imports or
 * paths differ (the party register's bulk import, an exam's scores).
 *
 * @param hintKey the upload hint's message key
 * @param modes   a choice of what to do with rows in error, or null when there is none
 */
public record ImportPage(String titleKey, String listPath, SheetLayout layout, String hintKey,
                         @Nullable Modes modes) {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String VIEW = "platform/import";

    /** The page of an all-or-nothing import. */
    public ImportPage(String titleKey, String listPath, SheetLayout layout) {
        this(titleKey, listPath, layout, "import.hint", null);
    }

    /** Radio buttons named {@code mode}, one per value, the first checked; each labelled {@code labelPrefix + value}. */
    public record Modes(String legendKey, String labelPrefix, java.util.List<String> values) {
    }

    public String show(Model model) {
        model.addAttribute("importTitleKey", titleKey);
        model.addAttribute("listPath", listPath);
        model.addAttribute("columns", layout.columns());
        model.addAttribute("importHintKey", hintKey);
        model.addAttribute("importModes", modes);
        return VIEW;
    }

    public String showResult(ImportResult outcome, ImportReport report, HttpSession session, Model model) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("problems", outcome.problems().list().stream()
                .map(problem -> new ShownProblem(problem.row(), problem.column(), report.describe(problem))).toList());
        session.setAttribute(reportAttribute(), outcome.problems().isEmpty() ? null : outcome.problems());
        return show(model);
    }

    /** The problems of this list's last upload in the session, for the error report. */
    public ImportProblems lastProblems(HttpSession session) {
        return session.getAttribute(reportAttribute()) instanceof ImportProblems kept ? kept : new ImportProblems();
    }

    /** A problem as the result page lists it. */
    public record ShownProblem(int row, String column, String message) {
    }

    /** Checks and writes an uploaded file all or nothing (see {@link SpreadsheetImports}). */
    public static ImportOutcome upload(SpreadsheetImports imports, MultipartFile file, ImportTarget target)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.run(in, fileName(file), target);
        }
    }

    /** The uploaded file's own name, which tells .csv from .xlsx. */
    public static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    /** Readies the response for an .xlsx download named {@code fileName} and returns where to write it. */
    public static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }

    private String reportAttribute() {
        return "import-report:" + listPath;
    }
}
