package org.fazhi.inspection.filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.files.FileResponses;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * 年度检查计划备案 pages: every agency's standing for a year (the bureau's list, with filters and an Excel export),
 * an agency's filings, filing a plan, a filing with its document and the bureau's decision.
 */
@Controller
@RequestMapping("/inspection/plan-filings")
class FilingController {

    private final PlanFilings filings;
    private final FilingSheet sheet;
    private final PlanChoices choices;
    private final Flash flash;

    FilingController(PlanFilings filings, FilingSheet sheet, PlanChoices choices, Flash flash) {
        this.filings = filings;
        this.sheet = sheet;
        this.choices = choices;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) FilingStanding.@Nullable Kind standing, Model model) {
        int shown = year(year);
        var rows = filings.standings(user, shown, null);
        model.addAttribute("year", shown);
        model.addAttribute("dueOn", filings.dueOn(shown));
        model.addAttribute("standing", standing);
        model.addAttribute("standings", FilingStanding.Kind.values());
        Map<String, Long> counts = new HashMap<>();
        for (FilingStanding.Kind kind : FilingStanding.Kind.values()) {
            counts.put(kind.name(), rows.stream().filter(row -> row.standing().kind() == kind).count());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("agencyCount", rows.size());
        model.addAttribute("rows", rows.stream().filter(row -> standing == null || row.standing().kind() == standing)
                .toList());
        model.addAttribute("history", user.scope().isAgencyScoped() ? filings.filings(user, null) : java.util.List.of());
        model.addAttribute("canFile", mayFile(user));
        return "inspection/plan-filings";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) FilingStanding.@Nullable Kind standing, HttpServletResponse response)
            throws IOException {
        int shown = year(year);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("年度检查计划备案" + shown + ".xlsx", StandardCharsets.UTF_8).build().toString());
        sheet.write(response.getOutputStream(), user, shown, standing);
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                   Model model) {
        requireFiler(user);
        model.addAttribute("form", FilingForm.empty(year(year)));
        return form(user, model);
    }

    @PostMapping
    String file(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") FilingForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        requireFiler(user);
        if (!errors.hasErrors()) {
            try {
                PlanFiling filing = filings.file(user, form, form.upload());
                flash.add(redirect, "inspection.filing.filed", filing.year());
                return "redirect:/inspection/plan-filings/" + filing.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return form(user, model);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        PlanFiling filing = filings.get(user, id);
        model.addAttribute("filing", filing);
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("items", filings.plannableItems(filing.agencyId(), filing.year()).stream()
                .collect(Collectors.toMap(ItemSummary::id, Function.identity(), (a, b) -> a)));
        model.addAttribute("dueOn", filings.dueOn(filing.year()));
        model.addAttribute("canDecide", user.hasRole(Role.ADMIN, Role.SUPERVISOR)
                && filing.status() == FilingStatus.FILED);
        model.addAttribute("canFileAgain", mayFile(user) && filing.status() == FilingStatus.RETURNED);
        return "inspection/plan-filing";
    }

    @GetMapping("/{id}/document")
    ResponseEntity<Resource> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return FileResponses.of(filings.document(user, id));
    }

    @PostMapping("/{id}/acceptance")
    String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                  RedirectAttributes redirect) {
        flash.attempt(redirect, () -> flash.add(redirect, "inspection.filing.accepted",
                filings.accept(user, id, version).year()));
        return "redirect:/inspection/plan-filings/" + id;
    }

    @PostMapping("/{id}/return")
    String returnForCorrection(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                               @RequestParam int version, @RequestParam(required = false) @Nullable String reason,
                               RedirectAttributes redirect) {
        flash.attempt(redirect, () -> flash.add(redirect, "inspection.filing.returned",
                filings.returnForCorrection(user, id, version, reason).year()));
        return "redirect:/inspection/plan-filings/" + id;
    }

    private String form(SignedInUser user, Model model) {
        FilingForm form = (FilingForm) model.getAttribute("form");
        int year = form == null || form.year() == null ? filings.today().getYear() : form.year();
        model.addAttribute("items", user.agencyId() == null ? java.util.List.of()
                : filings.plannableItems(user.agencyId(), year));
        model.addAttribute("dueOn", filings.dueOn(year));
        return "inspection/plan-filing-form";
    }

    private int year(@Nullable Integer asked) {
        int thisYear = filings.today().getYear();
        return asked == null || asked < 2000 || asked > thisYear + 1 ? thisYear : asked;
    }

    private static boolean mayFile(SignedInUser user) {
        return user.hasRole(Role.AGENCY_ADMIN) && user.agencyId() != null;
    }

    private static void requireFiler(SignedInUser user) {
        if (!mayFile(user)) {
            throw new AccessDeniedException("an agency's legal office files its annual inspection plan");
        }
    }
}
