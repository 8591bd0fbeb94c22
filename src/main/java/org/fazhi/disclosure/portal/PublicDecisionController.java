package org.fazhi.disclosure.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 处罚决定公示查询, open to everyone: the county's published decisions by keyword and filters, newest first, and each
 * decision's redacted text. A wrong filter is answered 400 with the page and a sentence naming the field; a decision
 * not published (pending, expired, another county's, or no such id) answers 404, as if it did not exist.
 */
@Controller
class PublicDecisionController {

    private static final String RECORD_TYPE = "disclosure.publication";

    private final DecisionIndex index;
    private final CitedItems citedItems;
    private final AgencyOptions agencies;
    private final RegionDirectory regions;
    private final Clock clock;
    private final RegionCode county;

    PublicDecisionController(DecisionIndex index, CitedItems citedItems, AgencyOptions agencies,
                             RegionDirectory regions, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.index = index;
        this.citedItems = citedItems;
        this.agencies = agencies;
        this.regions = regions;
        this.clock = clock;
        this.county = RegionCode.of(county);
    }

    @GetMapping(PortalSearchCounting.PATH)
    String search(@ModelAttribute("search") PortalFilters filters, @RequestParam(required = false) @Nullable String page,
                  Model model, HttpServletResponse response) {
        PortalChoices choices = new PortalChoices(county, agencies, regions);
        model.addAttribute("agencies", choices.agencies());
        model.addAttribute("townships", choices.townships());
        model.addAttribute("agencyNames", choices.agencyNames());
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("countLimit", DecisionIndex.COUNT_LIMIT);
        try {
            PortalQuery query = PortalQuery.of(county, filters, choices);
            model.addAttribute("countLimit", DecisionIndex.countLimit(query));
            model.addAttribute("results", index.search(query, LocalDate.now(clock), PageRequest.of(number(page), null)));
            model.addAttribute("problems", List.of());
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("results", PageRequest.of(1, null).page(List.of(), 0));
            model.addAttribute("problems", refused.problems());
        }
        return "disclosure/public-decisions";
    }

    @GetMapping(PortalSearchCounting.PATH + "/{id}")
    String decision(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        PublicDecision decision = index.find(id, county, today).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        model.addAttribute("decision", decision);
        model.addAttribute("agencyName", new PortalChoices(county, agencies, regions).agencyNames()
                .getOrDefault(decision.decision().agencyId(), ""));
        model.addAttribute("cited", citedItems.of(decision, county, today));
        return "disclosure/public-decision";
    }

    /** A page number as typed; anything else is the first page (a pager link is never wrong, a hand-typed one may be). */
    private static int number(@Nullable String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
