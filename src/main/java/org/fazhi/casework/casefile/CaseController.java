package org.fazhi.casework.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.catalog.PenaltyBenchmarks;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
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

/**
 * The case pages: the list (with the due-soon filter), registering a clue, and a case's page with its record,
 * deadlines, timeline and a form for each step the user may take now.
 */
@Controller
@RequestMapping("/casework/cases")
class CaseController {

    private final PenaltyCases cases;
    private final CaseDetails details;
    private final StepDispatch steps;
    private final AgencyDirectory agencies;
    private final OfficerOptions officers;
    private final ItemCatalog items;
    private final PenaltyBenchmarks benchmarks;
    private final CaseDeadlines periods;
    private final Flash flash;
    private final IssuedDocuments documents;
    private final OnTheSpotDecisions onTheSpot;
    private final CaseSheet sheet;

    CaseController(PenaltyCases cases, CaseDetails details, StepDispatch steps, AgencyDirectory agencies,
                   OfficerOptions officers, ItemCatalog items, PenaltyBenchmarks benchmarks, CaseDeadlines periods,
                   Flash flash, IssuedDocuments documents, OnTheSpotDecisions onTheSpot, CaseSheet sheet) {
        this.periods = periods;
        this.cases = cases;
        this.details = details;
        this.steps = steps;
        this.agencies = agencies;
        this.officers = officers;
        this.items = items;
        this.benchmarks = benchmarks;
        this.flash = flash;
        this.documents = documents;
        this.onTheSpot = onTheSpot;
        this.sheet = sheet;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") CaseSearch search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", details.rows(cases.search(user, search, PageRequest.of(page, null))));
        model.addAttribute("agencies", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(option -> option.id(), option -> option.name())));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("canCreate", registers(user));
        model.addAttribute("today", cases.today());
        return "casework/cases";
    }

    /** The list as .xlsx with the list's filters, for the same scope. */
    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") CaseSearch search,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http
                .ContentDisposition.attachment().filename("行政处罚案件.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .build().toString());
        sheet.write(response.getOutputStream(), user, search);
    }

    @GetMapping("/new")
    String newClue(Model model) {
        model.addAttribute("form", new PenaltyCases.ClueForm(null, null, null, null, cases.today()));
        return clueForm(model);
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PenaltyCases.ClueForm form,
                    BindingResult errors, @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Outcome outcome = cases.registerClue(user, form, requestKey);
                flash.add(redirect, "casework.clue.registered");
                return "redirect:/casework/cases/" + outcome.caseId();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return clueForm(model);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        CaseView view = details.of(user, id);
        model.addAttribute("view", view);
        model.addAttribute("timeline", details.timeline(view));
        model.addAttribute("today", cases.today());
        model.addAttribute("soonLimit", periods.dueSoonLimit(cases.today()));
        List<OfficerOptions.Option> certified = officers.certifiedOf(view.agencyId());
        model.addAttribute("officers", certified);
        model.addAttribute("officerNames", officerNames(view, certified));
        List<ItemSummary> penaltyItems = items.citableInForce(cases.get(user, id).county(), cases.today())
                .getOrDefault(view.agencyId(), List.of()).stream()
                .filter(item -> item.category() == ItemCategory.PENALTY).toList();
        model.addAttribute("penaltyItems", penaltyItems);
        model.addAttribute("citedItems", items.findAll(view.investigation().itemIds()));
        model.addAttribute("tiers", view.investigation().itemIds().isEmpty() ? List.of()
                : benchmarks.tiers(view.investigation().itemIds().get(0)));
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("applicants", Recusal.Applicant.values());
        model.addAttribute("documents", documents.of(user, id));
        model.addAttribute("onTheSpot", onTheSpot.of(user, id).orElse(null));
        return "casework/case";
    }

    @PostMapping("/{id}/steps/{transition}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable Transition transition,
                @ModelAttribute StepForm form, RedirectAttributes redirect) {
        flash.attempt(redirect, "casework.step.field.", () -> {
            steps.take(user, id, transition, form);
            flash.add(redirect, "casework.step.done", transition);
        });
        return "redirect:/casework/cases/" + id;
    }

    private String clueForm(Model model) {
        model.addAttribute("sources", Arrays.stream(SourceKind.values()).filter(kind -> kind != SourceKind.INSPECTION)
                .toList());
        return "casework/clue-form";
    }

    private Map<Long, String> officerNames(CaseView view, List<OfficerOptions.Option> certified) {
        Map<Long, String> names = certified.stream().collect(Collectors.toMap(OfficerOptions.Option::id,
                OfficerOptions.Option::name, (a, b) -> a, java.util.HashMap::new));
        view.investigation().handlerIds().forEach(officer -> names.computeIfAbsent(officer,
                missing -> officers.find(missing).map(OfficerOptions.Option::name).orElse(String.valueOf(missing))));
        return names;
    }

    private static boolean registers(SignedInUser user) {
        return user.hasRole(Role.OFFICER, Role.AGENCY_ADMIN) && user.agencyId() != null;
    }
}
