package org.fazhi.supervision.accountability;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
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
 * 过错责任追究 pages: the list (filters, search, the year's figures, export), a finding, and recording one (the
 * county's supervisors). An agency's legal office reads the findings against its own agency.
 */
@Controller
@RequestMapping("/supervision/accountability")
class AccountabilityController {

    private final Accountability accountability;
    private final AccountabilitySheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    AccountabilityController(Accountability accountability, AccountabilitySheet sheet, AgencyOptions agencies,
                             Flash flash) {
        this.accountability = accountability;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") AccountabilityFindingRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", accountability.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("counts", accountability.counts(user, search.year()));
        model.addAttribute("sources", SourceRef.Kind.values());
        model.addAttribute("handlings", Handling.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", names(user));
        model.addAttribute("canWrite", user.hasRole(Role.SUPERVISOR));
        return "supervision/accountability-list";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") AccountabilityFindingRepository.Search search,
                HttpServletResponse response) throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        accountability.requireRecorder(user);
        return form(user, model, FindingPageForm.empty(accountability.today()));
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") FindingPageForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Finding finding = accountability.record(user, form.toFinding());
            flash.add(redirect, "supervision.accountability.recorded");
            return "redirect:/supervision/accountability/" + finding.id();
        } catch (InvalidInput invalid) {
            new InvalidInput(invalid.problems().stream().map(p -> new InvalidInput.FieldProblem(
                    FindingPageForm.fieldOnPage(p.field()), p.messageKey(), p.arguments())).toList()).addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Finding finding = accountability.get(user, id);
        model.addAttribute("finding", finding);
        model.addAttribute("agencyName", names(user).getOrDefault(finding.agencyId(),
                Long.toString(finding.agencyId())));
        model.addAttribute("sourceHref", finding.source().kind() == SourceRef.Kind.TRANSFER
                ? "/supervision/transfers/" + finding.source().id() : null);
        return "supervision/accountability";
    }

    private String form(SignedInUser user, Model model, FindingPageForm form) {
        model.addAttribute("form", form);
        model.addAttribute("personRows", form.personRows());
        model.addAttribute("sources", SourceRef.Kind.values());
        model.addAttribute("handlings", HandlingKind.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "supervision/accountability-form";
    }

    private Map<Long, String> names(SignedInUser user) {
        return agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
    }
}
