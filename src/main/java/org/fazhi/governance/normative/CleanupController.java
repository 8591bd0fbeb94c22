package org.fazhi.governance.normative;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clean-up campaigns (清理): their counts by disposition, a campaign's decisions, and the bureau's forms. */
@Controller
@RequestMapping("/governance/normative-documents/cleanups")
class CleanupController {

    private static final String FIELDS = "governance.normative.field.";

    private final CleanupCampaigns campaigns;
    private final NormativeDocuments documents;
    private final Flash flash;

    CleanupController(CleanupCampaigns campaigns, NormativeDocuments documents, Flash flash) {
        this.campaigns = campaigns;
        this.documents = documents;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("campaigns", campaigns.list(user));
        model.addAttribute("dispositions", CleanupDisposition.values());
        model.addAttribute("canWrite", documents.isBureau(user));
        model.addAttribute("today", documents.today());
        return "governance/cleanup-campaigns";
    }

    @PostMapping
    String open(@AuthenticationPrincipal SignedInUser user, @ModelAttribute NormativeApi.CampaignForm form,
                RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            campaigns.open(user, form.name(), form.on());
            flash.add(redirect, "governance.normative.cleanup.opened");
        });
        return "redirect:/governance/normative-documents/cleanups";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.get(user, id));
        model.addAttribute("decisions", campaigns.decisions(user, id));
        model.addAttribute("dispositions", CleanupDisposition.values());
        model.addAttribute("canWrite", documents.isBureau(user));
        model.addAttribute("candidates", documents.search(user, new NormativeRepository.Search(NormativeState.IN_FORCE,
                null, null, null, null, null), org.fazhi.platform.PageRequest.of(null, 200)).items());
        model.addAttribute("today", documents.today());
        return "governance/cleanup-campaign";
    }

    @PostMapping("/{id}/decisions")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @ModelAttribute NormativeApi.CleanupForm form, RedirectAttributes redirect) {
        flash.attempt(redirect, FIELDS, () -> {
            campaigns.decide(user, id, form.documentId(), form.disposition(), form.on(), form.note());
            flash.add(redirect, "governance.normative.cleanup.decided");
        });
        return "redirect:/governance/normative-documents/cleanups/" + id;
    }
}
