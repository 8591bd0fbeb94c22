package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.checklist.Checklists;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item list with its filters, an item's detail with its version history, and ending a version. */
@Controller
@RequestMapping("/catalog/items")
class ItemController {

    private final EnforcementItems items;
    private final Checklists checklists;
    private final ItemChoices choices;
    private final Flash flash;
    private final MessageSource messages;

    ItemController(EnforcementItems items, Checklists checklists, ItemChoices choices, Flash flash,
                   MessageSource messages) {
        this.items = items;
        this.checklists = checklists;
        this.choices = choices;
        this.flash = flash;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        choices.addTo(model, user);
        model.addAttribute("canCreate", items.mayCreate(user));
        model.addAttribute("today", items.today());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, ItemRepository.Search filter,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        ItemRepository.Search search = filter.asOf(items.today());
        model.addAttribute("search", search);
        model.addAttribute("page", items.search(user, search, PageRequest.of(page, null)));
        return "catalog/items";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EnforcementItem item = items.get(user, id);
        model.addAttribute("item", item);
        model.addAttribute("versions", items.versionsOf(user, item));
        model.addAttribute("canEdit", items.mayEdit(user, item));
        model.addAttribute("checkPoints", checklists.of(user, id));
        model.addAttribute("canEditChecklist", checklists.mayEdit(user, item));
        return "catalog/item";
    }

    @PostMapping("/{id}/end")
    String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
               @RequestParam int version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            EnforcementItem ended = items.end(user, id, lastDay, version);
            flash.add(redirect, "catalog.item.ended", ended.name(), lastDay);
            return "redirect:/catalog/items/" + id;
        } catch (InvalidInput invalid) {
            InvalidInput.FieldProblem problem = invalid.problems().get(0);
            model.addAttribute("endError", messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
                    Locale.SIMPLIFIED_CHINESE));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(user, id, model);
        }
    }
}
