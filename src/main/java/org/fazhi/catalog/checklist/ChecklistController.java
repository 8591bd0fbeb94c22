package org.fazhi.catalog.checklist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a version's checklist on one page: every point a row (move it by its number, tick 删除 to remove it) and
 * blank rows to add points. Problems show beside the field of their row; nothing is saved until all are fixed.
 */
@Controller
@RequestMapping("/catalog/items/{id}/check-points")
class ChecklistController {

    private static final String VIEW = "catalog/checklist-form";

    private final Checklists checklists;
    private final Flash flash;
    private final MessageSource messages;

    ChecklistController(Checklists checklists, Flash flash, MessageSource messages) {
        this.checklists = checklists;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EnforcementItem item = checklists.editable(user, id);
        return page(model, item, ChecklistForm.of(checklists.of(user, id), item.version()), Map.of());
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @ModelAttribute("form") ChecklistForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        EnforcementItem item = checklists.editable(user, id);
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            problems.put(error.getField(), text("catalog.check-point.position.invalid"));
        }
        if (problems.isEmpty()) {
            try {
                int saved = checklists.save(user, id, form).size();
                flash.add(redirect, "catalog.check-point.saved", item.name(), saved);
                return "redirect:/catalog/items/" + id + "#item-checklist";
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(),
                        text(problem.messageKey(), problem.arguments().toArray())));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, item, form, problems);
    }

    /** The form page; {@code problems} are Chinese messages by field, e.g. {@code points[2].content}. */
    private static String page(Model model, EnforcementItem item, ChecklistForm form, Map<String, String> problems) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rowsForPage());
        model.addAttribute("problems", problems);
        return VIEW;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
