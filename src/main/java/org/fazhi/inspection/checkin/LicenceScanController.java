package org.fazhi.inspection.checkin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 扫照签到: the inspector photographs the enterprise's business-licence QR code with the phone's camera (a plain file
 * input, decoded on the server) or types the credit code, and the matching task is checked in.
 */
@Controller
@RequestMapping("/inspection/licence-scans")
class LicenceScanController {

    private final LicenceCheckIns checkIns;
    private final PlanChoices choices;
    private final Flash flash;

    LicenceScanController(LicenceCheckIns checkIns, PlanChoices choices, Flash flash) {
        this.checkIns = checkIns;
        this.choices = choices;
        this.flash = flash;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", LicenceScanForm.empty());
        return "inspection/licence-scan";
    }

    @PostMapping
    String scan(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") LicenceScanForm form,
                BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect)
            throws IOException {
        if (errors.hasErrors()) {
            return "inspection/licence-scan";
        }
        try {
            LicenceCheckIns.Outcome outcome = checkIns.checkIn(user, new LicenceScan(form.photoBytes(),
                    form.creditCode(), form.taskId(), form.location(), request.getRemoteAddr()));
            if (outcome.checkedIn() != null) {
                flash.add(redirect, "inspection.checkin.licence.done", outcome.checkedIn().code());
                return "redirect:/inspection/tasks/" + outcome.checkedIn().id();
            }
            model.addAttribute("choices", outcome.choices());
            model.addAttribute("chosenCode", outcome.creditCode().value());
            model.addAttribute("agencyNames", choices.agencyNames(user.scope()));
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        } catch (RuleViolation refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
        }
        return "inspection/licence-scan";
    }
}
