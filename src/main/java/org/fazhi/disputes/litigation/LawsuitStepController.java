package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a lawsuit's page (defence, hearing, outcome), each back to the page: a refusal by the rules or a
 * missing field shows there as one line naming the field; a lawsuit outside the user's scope is not found and a step
 * that is not the user's is forbidden, as in the API.
 */
@Controller
@RequestMapping("/disputes/lawsuits/{id}")
class LawsuitStepController {

    private static final String FIELDS = "disputes.litigation.field.";

    private final Lawsuits lawsuits;
    private final Flash flash;

    LawsuitStepController(Lawsuits lawsuits, Flash flash) {
        this.lawsuits = lawsuits;
        this.flash = flash;
    }

    @PostMapping("/defence")
    String defence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                   RedirectAttributes redirect) {
        return step(redirect, id, "defence", () -> lawsuits.submitDefence(user, id, on));
    }

    @PostMapping("/hearings")
    String hearing(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                   @RequestParam(required = false) @Nullable Appearance appearance,
                   @RequestParam(required = false) @Nullable String appearedBy, RedirectAttributes redirect) {
        return step(redirect, id, "hearing", () -> lawsuits.recordHearing(user, id, on, appearance, appearedBy));
    }

    @PostMapping("/outcome")
    String outcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable LawsuitOutcome outcome,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                   @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return step(redirect, id, "outcome", () -> lawsuits.conclude(user, id, outcome, on, note));
    }

    private String step(RedirectAttributes redirect, long id, String step, Runnable change) {
        flash.attempt(redirect, FIELDS, () -> {
            change.run();
            flash.add(redirect, "disputes.litigation.done." + step);
        });
        return "redirect:/disputes/lawsuits/" + id;
    }
}
