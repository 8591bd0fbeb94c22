package org.fazhi.governance.ledger;

import java.io.IOException;

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
 * A ledger's Excel import, all or nothing, on the platform's import page: the template from the declaration, the
 * upload (every problem by row and column, in Chinese, and nothing written if there is one) and the error report.
 */
@Controller
@RequestMapping("/governance/ledgers/{code}/import")
class LedgerImportController {

    private final Ledgers ledgers;
    private final LedgerSheets sheets;
    private final SpreadsheetTools tools;

    LedgerImportController(Ledgers ledgers, LedgerSheets sheets, SpreadsheetTools tools) {
        this.ledgers = ledgers;
        this.sheets = sheets;
        this.tools = tools;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, Model model) {
        LedgerType type = ledgers.type(user, code);
        sheets.importer(user, type);
        return page(user, type).show(model);
    }

    @GetMapping("/template")
    void template(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                  HttpServletResponse response) throws IOException {
        LedgerType type = ledgers.type(user, code);
        tools.template().write(ImportPage.xlsx(response, type.name() + "导入模板.xlsx"), sheets.layout(user, type));
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                  @RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        LedgerType type = ledgers.type(user, code);
        ImportOutcome outcome = ImportPage.upload(tools.imports(), file, sheets.importer(user, type));
        return page(user, type).showResult(outcome, tools.report(), session, model);
    }

    @GetMapping("/report")
    void report(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, HttpSession session,
                HttpServletResponse response) throws IOException {
        LedgerType type = ledgers.type(user, code);
        tools.report().write(ImportPage.xlsx(response, type.name() + "导入错误报告.xlsx"),
                page(user, type).lastProblems(session));
    }

    private ImportPage page(SignedInUser user, LedgerType type) {
        return new ImportPage("governance.ledger.import.title", "/governance/ledgers/" + type.code(),
                sheets.layout(user, type));
    }
}
