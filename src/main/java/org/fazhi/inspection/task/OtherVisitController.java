package org.fazhi.inspection.task;

import jakarta.validation.Valid;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 非执法入企登记: the ledger of surveys, policy talks, service calls and 督导 that entered an enterprise. */
@Controller
@RequestMapping("/inspection/other-visits")
class OtherVisitController {

    private final OtherVisits visits;
    private final PlanChoices choices;
    private final Flash flash;

    OtherVisitController(OtherVisits visits, PlanChoices choices, Flash flash) {
        this.visits = visits;
        this.choices = choices;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", new OtherVisitForm("", OtherVisitKind.SURVEY, null, ""));
        return page(user, model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") OtherVisitForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                visits.record(user, form);
                flash.add(redirect, "inspection.other.recorded");
                return "redirect:/inspection/other-visits";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return page(user, model);
    }

    private String page(SignedInUser user, Model model) {
        model.addAttribute("rows", visits.latest(user));
        model.addAttribute("kinds", OtherVisitKind.values());
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("canRecord", user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER) && user.agencyId() != null);
        return "inspection/other-visits";
    }
}
