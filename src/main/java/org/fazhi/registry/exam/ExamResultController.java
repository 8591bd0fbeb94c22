package org.fazhi.registry.exam;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.access.RegistryPermissions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting a recorded score: the bureau's form for one result of a session. */
@Controller
@RequestMapping("/registry/exams/{sessionId}/results/{resultId}")
class ExamResultController {

    private final Exams exams;
    private final Flash flash;

    ExamResultController(Exams exams, Flash flash) {
        this.exams = exams;
        this.flash = flash;
    }

    @GetMapping("/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long sessionId,
                    @PathVariable long resultId, Model model) {
        ExamResultRepository.Row row = correctable(user, sessionId, resultId);
        model.addAttribute("resultForm", ExamResultForm.of(row.result()));
        return page(user, sessionId, row, model);
    }

    @PostMapping
    String correct(@AuthenticationPrincipal SignedInUser user, @PathVariable long sessionId,
                   @PathVariable long resultId, @Valid @ModelAttribute("resultForm") ExamResultForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        ExamResultRepository.Row row = correctable(user, sessionId, resultId);
        if (!errors.hasErrors()) {
            try {
                exams.correctScore(user, sessionId, resultId, form);
                flash.add(redirect, "registry.exam.score-corrected", row.officerName());
                return "redirect:/registry/exams/" + sessionId;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return page(user, sessionId, row, model);
    }

    private ExamResultRepository.Row correctable(SignedInUser user, long sessionId, long resultId) {
        ExamResultRepository.Row row = exams.resultRow(user, resultId);
        if (row.result().sessionId() != sessionId) {
            throw new NotFound(Exams.RESULT_TYPE, resultId);
        }
        RegistryPermissions.requireBureau(user, row.result().region());
        return row;
    }

    private String page(SignedInUser user, long sessionId, ExamResultRepository.Row row, Model model) {
        model.addAttribute("session", exams.get(user, sessionId));
        model.addAttribute("row", row);
        return "registry/exam-result-form";
    }
}
