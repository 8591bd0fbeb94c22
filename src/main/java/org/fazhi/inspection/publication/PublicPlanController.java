package org.fazhi.inspection.publication;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.DataScope;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.DrawVerifier;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.plan.CancelledPlans;
import org.fazhi.inspection.plan.DrawResults;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.inspection.plan.PublishedDraws;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of random inspections (双随机一公开), open to everyone: published plans with their frozen
 * directories' digests, seed commitment and announced public randomness, the plans cancelled after publication per
 * agency and year, each draw's result (persons' names redacted), the whole draw as a JSON document to download, and
 * a page that recomputes the draw and says whether it matches.
 */
@Controller
@RequestMapping("/public/inspection/plans")
class PublicPlanController {

    private final PublishedDraws published;
    private final DrawResults results;
    private final PlanChoices choices;
    private final CancelledPlans cancelled;

    PublicPlanController(PublishedDraws published, DrawResults results, PlanChoices choices,
                         CancelledPlans cancelled) {
        this.published = published;
        this.results = results;
        this.choices = choices;
        this.cancelled = cancelled;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", published.plans(null, PageRequest.of(page, null)));
        model.addAttribute("cancellations", cancelled.byAgencyAndYear(null));
        return "inspection/public-plans";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable Integer page, Model model) {
        InspectionPlan plan = published.plan(id);
        DataScope county = DataScope.ofRegion(plan.county());
        model.addAttribute("plan", plan);
        model.addAttribute("agencyNames", choices.agencyNames(county));
        model.addAttribute("items", choices.inspectionItems(plan.county(), plan.agencyIds(), plan.periodFrom()));
        model.addAttribute("directories", results.directories(id));
        published.draw(plan).ifPresent(draw -> {
            model.addAttribute("draw", draw);
            model.addAttribute("rows", results.page(draw, PageRequest.of(page, 50)));
        });
        return "inspection/public-plan";
    }

    /** The verification, and for a combined seed its two hashes published beside the ones recomputed. */
    @GetMapping("/{id}/verification")
    String verification(@PathVariable long id, Model model) {
        InspectionPlan plan = published.plan(id);
        PublishedDraw document = published.document(id).orElseThrow(() -> new NotFound("inspection.draw", id));
        model.addAttribute("plan", plan);
        model.addAttribute("verification", new DrawVerifier().verify(document));
        model.addAttribute("combined", document.seed() instanceof CombinedSeed combined ? combined : null);
        return "inspection/public-verification";
    }

    /** The draw as JSON ("fazhi-draw/2", or /1 for older plans): everything needed to recompute it, with any verifier. */
    @GetMapping("/{id}/draw.json")
    void document(@PathVariable long id, HttpServletResponse response) throws IOException {
        PublishedDraw document = published.document(id).orElseThrow(() -> new NotFound("inspection.draw", id));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"draw-" + document.plan().code() + ".json\"");
        try (OutputStream out = response.getOutputStream()) {
            document.writeTo(out);
        }
    }
}
