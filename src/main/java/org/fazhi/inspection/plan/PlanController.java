package org.fazhi.inspection.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
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

/** The plan pages: list, draft and edit, and the plan's page with its approval, publication, draw and result. */
@Controller
@RequestMapping("/inspection/plans")
class PlanController {

    private final Plans plans;
    private final PlanDraws draws;
    private final DrawResults results;
    private final PlanChoices choices;
    private final RandomnessSources sources;
    private final InspectionProperties rules;
    private final Flash flash;

    PlanController(Plans plans, PlanDraws draws, DrawResults results, PlanChoices choices, RandomnessSources sources,
                   InspectionProperties rules, Flash flash) {
        this.plans = plans;
        this.draws = draws;
        this.results = results;
        this.choices = choices;
        this.sources = sources;
        this.rules = rules;
        this.flash = flash;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("statuses", PlanStatus.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable PlanStatus status,
                @RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("page", plans.search(user, status, year, PageRequest.of(page, null)));
        model.addAttribute("canCreate", user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN));
        return "inspection/plans";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", PlanForm.empty(rules, user.agencyId(), plans.today()));
        return form(user, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PlanForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            if (errors.hasErrors()) {
                new InvalidInput(plans.problemsWith(user, form)).addTo(errors);
            } else {
                InspectionPlan plan = plans.create(user, form);
                flash.add(redirect, "inspection.plan.created", plan.code());
                return "redirect:/inspection/plans/" + plan.id();
            }
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        }
        return form(user, model, null);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        InspectionPlan plan = plans.get(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("mayKeep", plans.mayKeep(user, plan));
        model.addAttribute("today", plans.today());
        model.addAttribute("readingPassed", plan.randomness() == null
                || !plans.now().isBefore(plan.randomness().readingAt()));
        model.addAttribute("source", plan.randomness() == null ? null
                : sources.find(plan.randomness().source()).orElse(null));
        model.addAttribute("directories", results.directories(id));
        model.addAttribute("items", choices.inspectionItems(plan.county(), plan.agencyIds(), plan.periodFrom()));
        draws.drawOf(plan).ifPresent(draw -> {
            model.addAttribute("draw", draw);
            model.addAttribute("rows", results.page(draw, PageRequest.of(page, 50)));
        });
        return "inspection/plan";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        InspectionPlan plan = plans.requireKept(user, id);
        model.addAttribute("form", PlanForm.of(plan, plans.zone()));
        return form(user, model, plan);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        InspectionPlan current = plans.requireKept(user, id);
        try {
            if (errors.hasErrors()) {
                new InvalidInput(plans.problemsWith(user, form)).addTo(errors);
            } else {
                InspectionPlan plan = plans.update(user, id, form);
                flash.add(redirect, "inspection.plan.updated", plan.code());
                return "redirect:/inspection/plans/" + id;
            }
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        }
        return form(user, model, current);
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                   RedirectAttributes redirect) {
        return step(redirect, id, "inspection.plan.approved", () -> plans.approve(user, id, version).code());
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                   RedirectAttributes redirect) {
        return step(redirect, id, "inspection.plan.published", () -> draws.publish(user, id, version).code());
    }

    @PostMapping("/{id}/draw")
    String draw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                @RequestParam(required = false) @Nullable String publicValue,
                @RequestParam(required = false) @Nullable String witnesses, RedirectAttributes redirect) {
        return step(redirect, id, "inspection.plan.drawn", () -> String.valueOf(
                draws.draw(user, id, version, PublicValue.of(publicValue, witnesses)).selected()));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        return step(redirect, id, "inspection.plan.cancelled", () -> draws.cancel(user, id, version, reason).code());
    }

    /** Runs a state change; a refusal comes back to the plan's page as a message, not an error page. */
    private String step(RedirectAttributes redirect, long id, String doneKey, Supplier<String> change) {
        flash.attempt(redirect, () -> flash.add(redirect, doneKey, change.get()));
        return "redirect:/inspection/plans/" + id;
    }

    private String form(SignedInUser user, Model model, @Nullable InspectionPlan current) {
        PlanForm form = (PlanForm) model.getAttribute("form");
        model.addAttribute("plan", current);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("sources", sources.sources());
        model.addAttribute("agencies", choices.agencies(user.scope()));
        List<Long> agencyIds = choices.agencies(user.scope()).stream().map(option -> option.id()).toList();
        List<ItemSummary> items = choices.inspectionItems(user.region().county(), agencyIds,
                form == null || form.periodFrom() == null ? plans.today() : form.periodFrom());
        Map<Long, String> names = choices.agencyNames(user.scope());
        // Grouped by agency, the user's own agency first: a plan cites only its agencies' items.
        Map<String, List<ItemSummary>> byAgency = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((ItemSummary item) -> !Long.valueOf(item.agencyId())
                        .equals(user.agencyId())).thenComparing(ItemSummary::agencyId).thenComparing(ItemSummary::code))
                .forEach(item -> byAgency.computeIfAbsent(names.getOrDefault(item.agencyId(), ""),
                        name -> new ArrayList<>()).add(item));
        model.addAttribute("itemsByAgency", byAgency);
        model.addAttribute("townships", choices.townships(user.region()));
        model.addAttribute("industries", choices.industries());
        return "inspection/plan-form";
    }
}
