package org.fazhi.inspection.task;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 综合查一次: the open proposals to turn several agencies' visits into one, to accept or decline. */
@Controller
@RequestMapping("/inspection/joint-visits")
class JointVisitController {

    private final JointVisits jointVisits;
    private final PartyDirectory parties;
    private final PlanChoices choices;
    private final Flash flash;

    JointVisitController(JointVisits jointVisits, PartyDirectory parties, PlanChoices choices, Flash flash) {
        this.jointVisits = jointVisits;
        this.parties = parties;
        this.choices = choices;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        var proposals = jointVisits.open(user);
        model.addAttribute("proposals", proposals);
        model.addAttribute("parties", parties.findAll(proposals.stream().map(JointVisits.Proposal::partyId).toList())
                .stream().collect(Collectors.toMap(PartyCard::id, Function.identity())));
        model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        model.addAttribute("myAgency", user.agencyId());
        return "inspection/joint-visits";
    }

    @PostMapping("/{id}/acceptance")
    String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> flash.add(redirect, jointVisits.accept(user, id).isPresent()
                ? "inspection.merge.merged" : "inspection.merge.accepted"));
        return "redirect:/inspection/joint-visits";
    }

    @PostMapping("/{id}/declination")
    String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            jointVisits.decline(user, id);
            flash.add(redirect, "inspection.merge.declined");
        });
        return "redirect:/inspection/joint-visits";
    }
}
