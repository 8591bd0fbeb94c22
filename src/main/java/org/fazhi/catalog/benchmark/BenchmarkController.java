package org.fazhi.catalog.benchmark;

import java.util.List;

import jakarta.validation.Valid;
import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.scope.AgencyNames;
import org.fazhi.catalog.scope.ItemKeepers;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The benchmark pages: list, detail with its 试算 (trial check), draft and edit forms, publishing. */
@Controller
@RequestMapping("/catalog/benchmarks")
class BenchmarkController {

    private final Benchmarks benchmarks;
    private final PenaltyBenchmarks checks;
    private final AgencyNames agencyNames;
    private final Flash flash;

    BenchmarkController(Benchmarks benchmarks, PenaltyBenchmarks checks, AgencyNames agencyNames, Flash flash) {
        this.benchmarks = benchmarks;
        this.checks = checks;
        this.agencyNames = agencyNames;
        this.flash = flash;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("fineBases", FineBasis.values());
        model.addAttribute("agencyNames", agencyNames.within(user.scope()));
        model.addAttribute("canCreate", ItemKeepers.keepsAny(user));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") BenchmarkRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", benchmarks.search(user, search, PageRequest.of(page, null)));
        return "catalog/benchmarks";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        DiscretionBenchmark benchmark = show(user, id, model);
        String firstTier = benchmark.tiers().isEmpty() ? "" : benchmark.tiers().get(0).name();
        model.addAttribute("proposal", ProposalForm.empty(firstTier, benchmarks.today()));
        return "catalog/benchmark";
    }

    /** 试算: runs the check casework will run, and shows the verdict in Chinese. A read: nothing is written. */
    @GetMapping("/{id}/check")
    String check(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                 @ModelAttribute("proposal") ProposalForm proposal, BindingResult errors, Model model) {
        DiscretionBenchmark benchmark = show(user, id, model);
        try {
            ProposedPenalty proposed = proposal.toProposal(benchmarks.today());
            model.addAttribute("verdict", VerdictView.of(
                    checks.check(benchmark.item().id(), proposal.tierName(), proposed), checks));
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        }
        return "catalog/benchmark";
    }

    @GetMapping("/new")
    String draftForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Long item,
                     Model model) {
        model.addAttribute("form", BenchmarkForm.empty(item, benchmarks.today()));
        return form(user, model, null);
    }

    @PostMapping
    String draft(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") BenchmarkForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            new InvalidInput(benchmarks.problemsWith(user, 0, form)).addTo(errors);
        } else {
            try {
                DiscretionBenchmark benchmark = benchmarks.create(user, form);
                flash.add(redirect, "catalog.benchmark.created", benchmark.title());
                return "redirect:/catalog/benchmarks/" + benchmark.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        keepRows(form, errors, model);
        return form(user, model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        DiscretionBenchmark benchmark = benchmarks.get(user, id);
        ItemKeepers.requireKeeper(user, benchmark.item());
        model.addAttribute("form", BenchmarkForm.of(benchmark));
        return form(user, model, benchmark);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") BenchmarkForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        DiscretionBenchmark current = benchmarks.get(user, id);
        if (errors.hasErrors()) {
            new InvalidInput(benchmarks.problemsWith(user, id, form)).addTo(errors);
        } else {
            try {
                DiscretionBenchmark benchmark = benchmarks.update(user, id, form);
                flash.add(redirect, "catalog.benchmark.updated", benchmark.title());
                return "redirect:/catalog/benchmarks/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        keepRows(form, errors, model);
        return form(user, model, current);
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        DiscretionBenchmark benchmark = benchmarks.publish(user, id);
        flash.add(redirect, "catalog.benchmark.published-now", benchmark.title());
        return "redirect:/catalog/benchmarks/" + id;
    }

    /** Shows every tier row again; the problems stay on a binding result of the padded form. */
    private static void keepRows(BenchmarkForm form, BindingResult errors, Model model) {
        BenchmarkForm padded = form.withRows();
        if (padded.equals(form)) {
            return;
        }
        BeanPropertyBindingResult kept = new BeanPropertyBindingResult(padded, "form");
        kept.addAllErrors(errors);
        model.addAttribute("form", padded);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
    }

    private DiscretionBenchmark show(SignedInUser user, long id, Model model) {
        DiscretionBenchmark benchmark = benchmarks.get(user, id);
        model.addAttribute("benchmark", benchmark);
        model.addAttribute("canEdit", benchmarks.mayKeep(user, benchmark));
        return benchmark;
    }

    private String form(SignedInUser user, Model model, @Nullable DiscretionBenchmark current) {
        model.addAttribute("benchmark", current);
        model.addAttribute("items", current == null ? benchmarks.penaltyItemsKeptBy(user) : List.of(current.item()));
        return "catalog/benchmark-form";
    }
}
