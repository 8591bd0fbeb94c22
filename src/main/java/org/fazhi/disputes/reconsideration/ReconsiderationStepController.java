package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.fazhi.disputes.ReconsiderationOutcome;
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
 * The forms of a case's page, one per step, each back to the page: a refusal by the rules or a missing field shows
 * there as one line naming the field ({@code 不予受理理由：请填写…}); a case outside the user's scope is not found and
 * a step that is not the user's is forbidden, as in the API.
 */
@Controller
@RequestMapping("/disputes/reconsiderations/{id}")
class ReconsiderationStepController {

    private static final String FIELDS = "disputes.reconsideration.field.";

    /** What a step's small form may send. */
    record StepForm(@Nullable LocalDate on, @Nullable String text, @Nullable Procedure procedure,
                    @Nullable HearingMode mode, @Nullable LocalDate noticeOn, @Nullable ReconsiderationOutcome kind) {
    }

    private final Reconsiderations reconsiderations;
    private final Flash flash;

    ReconsiderationStepController(Reconsiderations reconsiderations, Flash flash) {
        this.reconsiderations = reconsiderations;
        this.flash = flash;
    }

    @PostMapping("/{step:accept|refuse|correction|corrected|abandon|copy|answer|hearing|convert|extension|mediation|settlement|decision}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                @RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable Procedure procedure,
                @RequestParam(required = false) @Nullable HearingMode mode,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate noticeOn,
                @RequestParam(required = false) @Nullable ReconsiderationOutcome kind, RedirectAttributes redirect) {
        StepForm form = new StepForm(on, text, procedure, mode, noticeOn, kind);
        flash.attempt(redirect, FIELDS, () -> {
            take(user, id, step, form);
            flash.add(redirect, "disputes.reconsideration.done." + step);
        });
        return "redirect:/disputes/reconsiderations/" + id;
    }

    private void take(SignedInUser user, long id, String step, StepForm f) {
        switch (step) {
            case "accept" -> reconsiderations.accept(user, id, f.on(), f.procedure());
            case "refuse" -> reconsiderations.refuse(user, id, f.on(), f.text());
            case "correction" -> reconsiderations.requestCorrection(user, id, f.on(), f.text());
            case "corrected" -> reconsiderations.corrected(user, id, f.on());
            case "abandon" -> reconsiderations.abandon(user, id, f.on());
            case "copy" -> reconsiderations.sendCopy(user, id, f.on());
            case "answer" -> reconsiderations.recordAnswer(user, id, f.on(), f.text());
            case "hearing" -> reconsiderations.hear(user, id, f.mode(), f.on(), f.noticeOn());
            case "convert" -> reconsiderations.convertToGeneral(user, id);
            case "extension" -> reconsiderations.extend(user, id, f.on(), f.text());
            case "mediation" -> reconsiderations.mediate(user, id, f.on(), f.text());
            case "settlement" -> reconsiderations.settle(user, id, f.on(), f.text());
            default -> reconsiderations.decide(user, id, f.kind(), f.on(), f.text());
        }
    }
}
