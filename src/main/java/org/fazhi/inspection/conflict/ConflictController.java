package org.fazhi.inspection.conflict;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 回避申报: the declarations in force and withdrawn, and the form to declare one. */
@Controller
@RequestMapping("/inspection/conflicts")
class ConflictController {

    private final ConflictDeclarations declarations;
    private final Flash flash;

    ConflictController(ConflictDeclarations declarations, Flash flash) {
        this.declarations = declarations;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", ConflictForm.empty());
        return page(user, model);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ConflictForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                declarations.declare(user, form);
                flash.add(redirect, "inspection.conflict.declared");
                return "redirect:/inspection/conflicts";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return page(user, model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        declarations.withdraw(user, id);
        flash.add(redirect, "inspection.conflict.withdrawn");
        return "redirect:/inspection/conflicts";
    }

    private String page(SignedInUser user, Model model) {
        model.addAttribute("declarations", declarations.list(user));
        model.addAttribute("officers", declarations.officers(user));
        return "inspection/conflicts";
    }
}
