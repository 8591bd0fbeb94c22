package org.fazhi.supervision.transfer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transfers' pages: the list (overdue first, filters, search, export), a transfer with its limits, documents
 * and the forms of the steps the user may take now ({@link TransferStepController}), and a new transfer proposed
 * from a case ({@code /supervision/transfers/new?case=<id>}).
 */
@Controller
@RequestMapping("/supervision/transfers")
class TransferController {

    private final Transfers transfers;
    private final TransferSheet sheet;
    private final Flash flash;

    TransferController(Transfers transfers, TransferSheet sheet, Flash flash) {
        this.transfers = transfers;
        this.sheet = sheet;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") TransferRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", transfers.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("kinds", TransferKind.values());
        model.addAttribute("states", TransferState.values());
        model.addAttribute("canWrite", user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER));
        return "supervision/transfers";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") TransferRepository.Search search,
                HttpServletResponse response) throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "case", required = false)
                @Nullable Long caseId, @RequestParam(required = false) @Nullable TransferKind kind, Model model) {
        return form(model, transfers.prefill(user, caseId, kind));
    }

    @PostMapping
    String propose(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") Transfers.Proposal form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Transfer t = transfers.propose(user, form);
            flash.add(redirect, "supervision.transfer.proposed", t.opening().caseCode());
            return "redirect:/supervision/transfers/" + t.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Transfer t = transfers.get(user, id);
        model.addAttribute("transfer", TransferView.of(t, transfers.required(t), transfers.today(),
                transfers.mayAct(user, t)));
        model.addAttribute("steps", transfers.stepsFor(user, t).stream().map(Enum::name).toList());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("today", transfers.today());
        return "supervision/transfer";
    }

    private static String form(Model model, Transfers.Proposal form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", TransferKind.values());
        return "supervision/transfer-form";
    }
}
