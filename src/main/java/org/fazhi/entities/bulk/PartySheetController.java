package org.fazhi.entities.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.ImportProblems;
import org.fazhi.platform.spreadsheet.ImportReport;
import org.fazhi.platform.spreadsheet.XlsxTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The party register in and out of Excel/CSV: upload (all or none, or the valid rows), template, report, export. */
@Controller
@RequestMapping("/entities/parties")
class PartySheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String REPORT = "party-import-report";

    private final Parties parties;
    private final PartyImport imports;
    private final PartyExport export;
    private final PartySheet sheet;
    private final XlsxTemplate template;
    private final ImportReport report;

    PartySheetController(Parties parties, PartyImport imports, PartyExport export, PartySheet sheet, XlsxTemplate template,
                         ImportReport report) {
        this.parties = parties;
        this.imports = imports;
        this.export = export;
        this.sheet = sheet;
        this.template = template;
        this.report = report;
    }

    @GetMapping("/import")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        parties.checkMayKeep(user);
        model.addAttribute("columns", sheet.layout().columns());
        return "entities/import";
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "ALL_OR_NONE") PartyImport.Mode mode, HttpSession session,
                  Model model) throws IOException {
        PartyImport.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = imports.run(user, in, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), mode);
        }
        model.addAttribute("columns", sheet.layout().columns());
        model.addAttribute("outcome", outcome);
        model.addAttribute("mode", mode);
        model.addAttribute("problems", outcome.problems().list().stream()
                .map(problem -> new Shown(problem.row(), problem.column(), report.describe(problem))).toList());
        session.setAttribute(REPORT, outcome.problems().isEmpty() ? null : outcome.problems());
        return "entities/import";
    }

    /** A problem as the result page lists it. */
    record Shown(int row, String column, String message) {
    }

    @GetMapping("/import/template")
    void downloadTemplate(HttpServletResponse response) throws IOException {
        template.write(xlsx(response, "行政相对人导入模板.xlsx"), sheet.layout());
    }

    @GetMapping("/import/report")
    void downloadReport(HttpSession session, HttpServletResponse response) throws IOException {
        ImportProblems problems = session.getAttribute(REPORT) instanceof ImportProblems kept ? kept : new ImportProblems();
        report.write(xlsx(response, "行政相对人导入错误报告.xlsx"), problems);
    }

    @GetMapping("/export")
    void downloadExport(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String name,
                        @RequestParam(required = false) @Nullable String code,
                        @RequestParam(required = false) @Nullable String region,
                        @RequestParam(required = false) @Nullable String industry,
                        @RequestParam(required = false) @Nullable CreditGrade grade,
                        @RequestParam(required = false) @Nullable PartyKind kind,
                        @RequestParam(required = false) @Nullable PartyStatus status,
                        @RequestParam(required = false) @Nullable Boolean fiveAbove,
                        HttpServletResponse response) throws IOException {
        export.write(user, new PartyExport.Filters(name, code, region, industry, grade, kind, status, fiveAbove),
                xlsx(response, "行政相对人.xlsx"));
    }

    private static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
