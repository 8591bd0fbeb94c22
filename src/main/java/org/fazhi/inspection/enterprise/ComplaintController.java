package org.fazhi.inspection.enterprise;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 入企检查投诉: the complaints, unanswered first, and the bureau's answer form. */
@Controller
@RequestMapping("/inspection/complaints")
class ComplaintController {

    private final VisitComplaints complaints;
    private final Flash flash;

    ComplaintController(VisitComplaints complaints, Flash flash) {
        this.complaints = complaints;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("complaints", complaints.list(user));
        model.addAttribute("canAnswer", user.hasRole(Role.ADMIN, Role.SUPERVISOR));
        return "inspection/complaints";
    }

    @PostMapping("/{id}/answer")
    String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            complaints.answer(user, id, answer);
            flash.add(redirect, "inspection.complaint.answered");
        });
        return "redirect:/inspection/complaints";
    }
}
