package org.fazhi.inspection.enterprise;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
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

/** 我的检查: the enterprise's inspection calendar, with rating and complaint forms per visit. */
@Controller
@RequestMapping("/enterprise/inspections")
class EnterpriseController {

    private final EnterpriseInspections inspections;
    private final Flash flash;

    EnterpriseController(EnterpriseInspections inspections, Flash flash) {
        this.inspections = inspections;
        this.flash = flash;
    }

    @GetMapping
    String visits(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("visits", inspections.visits(user));
        model.addAttribute("evaluations", inspections.evaluations(user));
        return "inspection/enterprise-visits";
    }

    @PostMapping("/{id}/evaluation")
    String rate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @Valid @ModelAttribute EvaluationForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            flash.error(redirect, "inspection.evaluation.score.range");
            return "redirect:/enterprise/inspections";
        }
        flash.attempt(redirect, () -> {
            inspections.rate(user, id, form);
            flash.add(redirect, "inspection.evaluation.saved");
        });
        return "redirect:/enterprise/inspections";
    }

    @PostMapping("/{id}/complaint")
    String complain(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestParam(required = false) @Nullable String text, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            inspections.complain(user, id, text);
            flash.add(redirect, "inspection.complaint.saved");
        });
        return "redirect:/enterprise/inspections";
    }
}
