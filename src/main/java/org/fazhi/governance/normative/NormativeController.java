package org.fazhi.governance.normative;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
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
 * The normative-document pages: the list (filters, search, export; the filing-overdue and expiring lists are its
 * filters), registering a draft, and a document with its steps and the forms of those the user may take now.
 */
@Controller
@RequestMapping("/governance/normative-documents")
class NormativeController {

    private static final String FIELDS = "governance.normative.field.";

    private final NormativeDocuments documents;
    private final NormativeSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    NormativeController(NormativeDocuments documents, NormativeSheet sheet, AgencyOptions agencies, Flash flash) {
        this.documents = documents;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") NormativeRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", documents.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("states", NormativeState.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        model.addAttribute("canWrite", documents.mayDraft(user));
        return "governance/normative-documents";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") NormativeRepository.Search search, HttpServletResponse response)
            throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        documents.requireDrafter(user);
        return form(user, model, new DraftForm(null, user.agencyId(), false, false));
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") DraftForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            NormativeDocument d = documents.register(user, form);
            flash.add(redirect, "governance.normative.registered", d.draft().title());
            return "redirect:/governance/normative-documents/" + d.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        NormativeDocument d = documents.get(user, id);
        model.addAttribute("d", NormativeView.of(d, documents.agencyName(d.draft().agencyId()), documents.today(),
                documents.remindUntil(), documents.isDrafter(user, d), documents.isBureau(user)));
        model.addAttribute("legalityConclusions", LegalityConclusion.values());
        model.addAttribute("fairConclusions", FairCompetitionConclusion.values());
        model.addAttribute("bodies", FilingBody.values());
        model.addAttribute("today", documents.today());
        return "governance/normative-document";
    }

    @PostMapping("/{id:\\d+}/{step:comment|close-comment|legality|fair-competition|deliberate|publish|file|in-force|expire|repeal}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
                @ModelAttribute NormativeApi.Step form, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            NormativeSteps.take(documents, user, id, step, form);
            flash.add(redirect, "governance.normative.done." + step);
        });
        return "redirect:/governance/normative-documents/" + id;
    }

    private String form(SignedInUser user, Model model, DraftForm form) {
        model.addAttribute("form", form);
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "governance/normative-document-form";
    }
}
