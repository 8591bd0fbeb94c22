package org.fazhi.catalog.flexible;

import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.scope.AgencyNames;
import org.fazhi.catalog.scope.ItemKeepers;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The flexible-list pages: the list filtered by list kind, agency and validity; new and edit forms; ending. */
@Controller
@RequestMapping("/catalog/flexible")
class FlexibleController {

    private final FlexibleLists lists;
    private final AgencyNames agencyNames;
    private final Flash flash;

    FlexibleController(FlexibleLists lists, AgencyNames agencyNames, Flash flash) {
        this.lists = lists;
        this.agencyNames = agencyNames;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("listKinds", FlexibleListKind.values());
        model.addAttribute("agencyNames", agencyNames.within(user.scope()));
        model.addAttribute("canCreate", ItemKeepers.keepsAny(user));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") FlexibleEntryRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        Page<FlexibleEntry> found = lists.search(user, search, PageRequest.of(page, null));
        model.addAttribute("page", found);
        model.addAttribute("editable", found.items().stream().filter(entry -> lists.mayKeep(user, entry))
                .map(FlexibleEntry::id).collect(Collectors.toSet()));
        model.addAttribute("today", lists.today());
        return "catalog/flexible-entries";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user,
                   @RequestParam(required = false) @Nullable FlexibleListKind listKind,
                   @RequestParam(required = false) @Nullable Long item, Model model) {
        model.addAttribute("form", FlexibleEntryForm.empty(listKind, item, lists.today()));
        return form(user, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") FlexibleEntryForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(lists.problemsWith(user, 0, form)).addTo(errors);
        } else {
            try {
                FlexibleEntry entry = lists.create(user, form);
                flash.add(redirect, "catalog.flexible.created", entry.item().label());
                return "redirect:/catalog/flexible?listKind=" + entry.listKind();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return form(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        FlexibleEntry entry = lists.get(user, id);
        ItemKeepers.requireKeeper(user, entry.item());
        model.addAttribute("form", FlexibleEntryForm.of(entry));
        return form(user, model, entry);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") FlexibleEntryForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FlexibleEntry current = lists.get(user, id);
        if (errors.hasErrors()) {
            new InvalidInput(lists.problemsWith(user, id, form)).addTo(errors);
        } else {
            try {
                FlexibleEntry entry = lists.update(user, id, form);
                flash.add(redirect, "catalog.flexible.updated", entry.item().label());
                return "redirect:/catalog/flexible?listKind=" + entry.listKind();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return form(user, model, current);
    }

    @PostMapping("/{id}/end")
    String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
               RedirectAttributes redirect) {
        FlexibleEntry entry = lists.end(user, id, version, lastDay == null ? lists.today() : lastDay);
        flash.add(redirect, "catalog.flexible.ended", entry.item().label(), String.valueOf(entry.effectiveTo()));
        return "redirect:/catalog/flexible?listKind=" + entry.listKind();
    }

    private String form(SignedInUser user, Model model, @Nullable FlexibleEntry current) {
        model.addAttribute("entry", current);
        model.addAttribute("items", lists.itemsKeptBy(user));
        model.addAttribute("today", lists.today());
        return "catalog/flexible-form";
    }
}
