package org.fazhi.casework.casefile;

import java.util.List;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 当场处罚 form (简易程序): one page the officers fill in on the spot; a decision the procedure refuses (a fine
 * above the limit: 应适用普通程序) is shown above the form with its article, and nothing is stored.
 */
@Controller
@RequestMapping("/casework/on-the-spot")
class OnTheSpotController {

    private final OnTheSpotDecisions decisions;
    private final PenaltyCases cases;
    private final OfficerOptions officers;
    private final ItemCatalog items;
    private final Flash flash;

    OnTheSpotController(OnTheSpotDecisions decisions, PenaltyCases cases, OfficerOptions officers, ItemCatalog items,
                        Flash flash) {
        this.decisions = decisions;
        this.cases = cases;
        this.officers = officers;
        this.items = items;
        this.flash = flash;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", new OnTheSpotForm(null, null, null, null, null, null, cases.today(), null, null,
                null, null, null, null, null, null, null, null));
        return page(user, model);
    }

    @PostMapping
    String decide(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") OnTheSpotForm form,
                  BindingResult errors, @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Outcome outcome = decisions.decide(user, form, requestKey);
                flash.add(redirect, "casework.on-the-spot.decided");
                return "redirect:/casework/cases/" + outcome.caseId();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (RuleViolation refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
                model.addAttribute("legalBasis", refused.legalBasis());
            }
        }
        return page(user, model);
    }

    private String page(SignedInUser user, Model model) {
        if (user.agencyId() == null) {
            throw new AccessDeniedException("decisions on the spot are an agency's officers'");
        }
        model.addAttribute("officers", officers.certifiedOf(user.agencyId()));
        model.addAttribute("penaltyItems", items.citableInForce(user.region().county(), cases.today())
                .getOrDefault(user.agencyId(), List.of()).stream()
                .filter(item -> item.category() == ItemCategory.PENALTY).toList());
        model.addAttribute("penaltyKinds", List.of(PenaltyKind.WARNING, PenaltyKind.FINE));
        return "casework/on-the-spot-form";
    }
}
