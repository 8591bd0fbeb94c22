package org.fazhi.entities.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.PartyFilter;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.fazhi.platform.spreadsheet.ImportReport;
import org.fazhi.platform.spreadsheet.XlsxTemplate;
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
        return page().show(model);
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "ALL_OR_NONE") PartyImport.Mode mode, HttpSession session,
                  Model model) throws IOException {
        PartyImport.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = imports.run(user, in, ImportPage.fileName(file), mode);
        }
        return page().showResult(outcome, report, session, model);
    }

    @GetMapping("/import/template")
    void downloadTemplate(HttpServletResponse response) throws IOException {
        template.write(ImportPage.xlsx(response, "行政相对人导入模板.xlsx"), sheet.layout());
    }

    @GetMapping("/import/report")
    void downloadReport(HttpSession session, HttpServletResponse response) throws IOException {
        report.write(ImportPage.xlsx(response, "行政相对人导入错误报告.xlsx"), page().lastProblems(session));
    }

    @GetMapping("/export")
    void downloadExport(@AuthenticationPrincipal SignedInUser user, PartyFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(user, filter, ImportPage.xlsx(response, "行政相对人.xlsx"));
    }

    /** The generic import page, with the choice of what to do with rows in error. */
    private ImportPage page() {
        return new ImportPage("entities.import.title", "/entities/parties", sheet.layout(), "entities.import.hint",
                new ImportPage.Modes("entities.import.mode", "entities.import.mode.",
                        Arrays.stream(PartyImport.Mode.values()).map(Enum::name).toList()));
    }
}
