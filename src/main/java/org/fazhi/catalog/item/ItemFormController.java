package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item forms: a new item, a correction of a version in place, and a revision (a new version from a date,
 * which ends the one it follows). Legal bases and delegations are repeated rows; blank rows are ignored.
 */
@Controller
@RequestMapping("/catalog/items")
class ItemFormController {

    private static final String VIEW = "catalog/item-form";

    private final EnforcementItems items;
    private final ItemChoices choices;
    private final Flash flash;

    ItemFormController(EnforcementItems items, ItemChoices choices, Flash flash) {
        this.items = items;
        this.choices = choices;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        choices.addTo(model, user);
        choices.addFormChoicesTo(model, user);
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!items.mayCreate(user)) {
            throw new AccessDeniedException("catalog: may not keep enforcement items");
        }
        return again(model, ItemForm.empty(user.agencyId(), items.today()), null, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ItemForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EnforcementItem item = items.create(user, form);
                flash.add(redirect, "catalog.item.created", item.name());
                return "redirect:/catalog/items/" + item.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        } else {
            new InvalidInput(items.problemsWith(user, 0, form)).addTo(errors);
        }
        return again(model, form, null, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EnforcementItem item = editable(user, id);
        return again(model, ItemForm.of(item), item, "edit");
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        EnforcementItem item = editable(user, id);
        if (!errors.hasErrors()) {
            try {
                items.update(user, id, form);
                flash.add(redirect, "catalog.item.updated", form.name());
                return "redirect:/catalog/items/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        } else {
            new InvalidInput(items.problemsWith(user, id, form)).addTo(errors);
        }
        return again(model, form, item, "edit");
    }

    @GetMapping("/{id}/revise")
    String reviseForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EnforcementItem item = editable(user, id);
        LocalDate today = items.today();
        LocalDate from = today.isAfter(item.effectiveFrom()) ? today : item.effectiveFrom().plusDays(1);
        return again(model, ItemForm.revisionOf(item, from), item, "revise");
    }

    @PostMapping("/{id}/revise")
    String revise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        EnforcementItem item = editable(user, id);
        if (!errors.hasErrors()) {
            try {
                EnforcementItem next = items.revise(user, id, form);
                flash.add(redirect, "catalog.item.revised", next.name(), next.effectiveFrom());
                return "redirect:/catalog/items/" + next.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        } else {
            List<FieldProblem> problems = items.problemsWithRevision(user, id, form);
            new InvalidInput(problems).addTo(errors);
        }
        return again(model, form, item, "revise");
    }

    private EnforcementItem editable(SignedInUser user, long id) {
        EnforcementItem item = items.get(user, id);
        if (!items.mayEdit(user, item)) {
            throw new AccessDeniedException("catalog: may not change item " + id);
        }
        return item;
    }

    /**
     * The form page (again), its rows padded with blank ones; {@code mode} is null for a new item, else edit or
     * revise. A submitted form stays the model's {@code form}, so that its binding result (the errors) stays too.
     */
    private static String again(Model model, ItemForm form, @Nullable EnforcementItem item, @Nullable String mode) {
        model.addAttribute("form", form);
        model.addAttribute("basisRows", form.basisRowsForPage());
        model.addAttribute("delegationRows", form.delegationRowsForPage());
        model.addAttribute("item", item);
        model.addAttribute("mode", mode == null ? "new" : mode);
        return VIEW;
    }
}
