package org.fazhi.governance.decision;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.FileResponses;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The major-decision pages: the catalogues by year with the bureau's forms (add an item, publish), the list of
 * decisions (filters, search, export), and a decision with its five procedures and the forms the user may use now.
 */
@Controller
@RequestMapping("/governance/major-decisions")
class DecisionController {

    private static final String FIELDS = "governance.decision.field.";
    private static final String LIST = "redirect:/governance/major-decisions";

    private final MajorDecisions decisions;
    private final DecisionEvidence evidence;
    private final DecisionSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    DecisionController(MajorDecisions decisions, DecisionEvidence evidence, DecisionSheet sheet,
                       AgencyOptions agencies, Flash flash) {
        this.decisions = decisions;
        this.evidence = evidence;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") DecisionRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", decisions.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("catalogues", decisions.catalogues(user));
        model.addAttribute("states", DecisionState.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        model.addAttribute("canWrite", decisions.isBureau(user));
        model.addAttribute("today", decisions.today());
        return "governance/major-decisions";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") DecisionRepository.Search search, HttpServletResponse response)
            throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @PostMapping
    String plan(@AuthenticationPrincipal SignedInUser user, @ModelAttribute DecisionApi.ItemForm form,
                RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            decisions.plan(user, form.year(), form.agencyId(), form.title());
            flash.add(redirect, "governance.decision.planned");
        });
        return LIST;
    }

    @PostMapping("/catalogues/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @ModelAttribute DecisionApi.Outcome form, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            decisions.publishCatalogue(user, id, form.on());
            flash.add(redirect, "governance.decision.catalogue.published");
        });
        return LIST;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        MajorDecision d = decisions.get(user, id);
        model.addAttribute("d", DecisionView.of(d, decisions.yearOf(d), decisions.agencyName(d.item().agencyId()),
                decisions.required(), evidence.of(d), decisions.today(), decisions.isUndertaking(user, d), decisions.isBureau(user)));
        model.addAttribute("kinds", DecisionStepKind.values());
        model.addAttribute("today", decisions.today());
        return "governance/major-decision";
    }

    @PostMapping("/{id:\\d+}/steps")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @ModelAttribute DecisionApi.StepForm form, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            decisions.record(user, id, form.kind(), form.on(), form.evidence());
            flash.add(redirect, "governance.decision.done.steps");
        });
        return detail(id);
    }

    @PostMapping("/{id:\\d+}/files")
    String attach(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable DecisionStepKind kind,
                  @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            evidence.attach(user, id, kind, file);
            flash.add(redirect, "governance.decision.done.file");
        });
        return detail(id);
    }

    @GetMapping("/{id:\\d+}/files/{fileId}")
    ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                  @PathVariable long fileId) {
        return FileResponses.of(evidence.read(user, id, fileId));
    }

    @PostMapping("/{id:\\d+}/{outcome:decision|evaluation}")
    String outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String outcome,
                   @ModelAttribute DecisionApi.Outcome form, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            if (outcome.equals("decision")) {
                decisions.decide(user, id, form.on(), form.note());
            } else {
                decisions.evaluate(user, id, form.on(), form.evaluation());
            }
            flash.add(redirect, "governance.decision.done." + outcome);
        });
        return detail(id);
    }

    private static String detail(long id) {
        return LIST + "/" + id;
    }
}
