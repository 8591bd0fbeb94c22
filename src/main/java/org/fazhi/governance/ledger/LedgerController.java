package org.fazhi.governance.ledger;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ledger pages drawn from declarations: the index of the county's ledgers, a ledger's list (filters by agency,
 * period and its choice fields, search, its indicators for the period, export) and an entry's detail.
 */
@Controller
@RequestMapping("/governance/ledgers")
class LedgerController {

    /** A list row: the entry and the texts of the type's listed fields. */
    record Row(long id, LocalDate date, String agency, List<String> cells) {
    }

    private final Ledgers ledgers;
    private final LedgerSheets sheets;
    private final LedgerFigures figures;
    private final Clock clock;

    LedgerController(Ledgers ledgers, LedgerSheets sheets, LedgerFigures figures, Clock clock) {
        this.ledgers = ledgers;
        this.sheets = sheets;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping
    String index(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("types", ledgers.types(user));
        return "governance/ledgers";
    }

    @GetMapping("/{code}")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                @RequestParam Map<String, String> params, @RequestParam(required = false) @Nullable Integer page,
                Model model) {
        LedgerType type = ledgers.type(user, code);
        LedgerEntryRepository.Search search = LedgerFilters.of(type, params);
        EntryTexts texts = ledgers.texts(user);
        Page<Row> rows = ledgers.search(user, type, search, PageRequest.of(page, null))
                .map(entry -> row(type, entry, texts));
        model.addAttribute("type", type);
        model.addAttribute("page", rows);
        model.addAttribute("params", params);
        model.addAttribute("agencyOptions", ledgers.agencyChoices(user));
        Period period = LedgerFilters.period(search, LocalDate.now(clock));
        model.addAttribute("period", period);
        model.addAttribute("figures", figures.measure(user, type, period));
        model.addAttribute("canWrite", ledgers.mayWrite(user));
        return "governance/ledger";
    }

    @GetMapping("/{code}/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
                @RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        LedgerType type = ledgers.type(user, code);
        sheets.write(ImportPage.xlsx(response, type.name() + ".xlsx"), user, type, LedgerFilters.of(type, params));
    }

    @GetMapping("/{code}/{id:\\d+}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, @PathVariable long id,
                  Model model) {
        LedgerType type = ledgers.type(user, code);
        LedgerEntry entry = ledgers.get(user, type, id);
        EntryTexts texts = ledgers.texts(user);
        model.addAttribute("type", type);
        model.addAttribute("entry", entry);
        model.addAttribute("agency", entry.agencyId() == null ? "" : texts.agencyNames().getOrDefault(entry.agencyId(), ""));
        model.addAttribute("shown", type.fields().stream().map(f -> texts.shown(f, entry.value(f.code()))).toList());
        model.addAttribute("canWrite", ledgers.mayWrite(user));
        return "governance/ledger-entry";
    }

    private static Row row(LedgerType type, LedgerEntry entry, EntryTexts texts) {
        return new Row(entry.id(), entry.date(),
                entry.agencyId() == null ? "" : texts.agencyNames().getOrDefault(entry.agencyId(), ""),
                type.listed().stream().map(f -> texts.shown(f, entry.value(f.code()))).toList());
    }
}
