package org.fazhi.registry.exam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exam pages: sessions with their 通过率, a session's scores with the form to add one, session forms. */
@Controller
@RequestMapping("/registry/exams")
class ExamController {

    private final Exams exams;
    private final Officers officers;
    private final Agencies agencies;
    private final Flash flash;
    private final Clock clock;

    ExamController(Exams exams, Officers officers, Agencies agencies, Flash flash, Clock clock) {
        this.exams = exams;
        this.officers = officers;
        this.agencies = agencies;
        this.flash = flash;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("kinds", ExamKind.values());
        model.addAttribute("canWrite", RegistryPermissions.isBureau(user));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") ExamSessionRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", exams.search(user, search, PageRequest.of(page, null)));
        return "registry/exams";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        RegistryPermissions.requireBureau(user, user.region());
        model.addAttribute("examForm", ExamSessionForm.empty(LocalDate.now(clock)));
        return "registry/exam-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("examForm") ExamSessionForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ExamSession session = exams.create(user, form);
                flash.add(redirect, "registry.exam.created", session.title());
                return "redirect:/registry/exams/" + session.id();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return "registry/exam-form";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("resultForm", ExamResultForm.empty());
        return detailPage(user, id, model);
    }

    @PostMapping("/{id}/results")
    String recordScore(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                       @Valid @ModelAttribute("resultForm") ExamResultForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                exams.recordScore(user, id, form);
                flash.add(redirect, "registry.exam.score-recorded");
                return "redirect:/registry/exams/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return detailPage(user, id, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ExamSession session = exams.get(user, id);
        RegistryPermissions.requireBureau(user, session.region());
        model.addAttribute("examForm", ExamSessionForm.of(session));
        model.addAttribute("sessionId", id);
        return "registry/exam-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("examForm") ExamSessionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ExamSession session = exams.update(user, id, form);
                flash.add(redirect, "registry.exam.updated", session.title());
                return "redirect:/registry/exams/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("sessionId", id);
        return "registry/exam-form";
    }

    private String detailPage(SignedInUser user, long id, Model model) {
        model.addAttribute("row", exams.row(user, id));
        model.addAttribute("results", exams.results(user, id));
        boolean canRecord = RegistryPermissions.isBureau(user);
        model.addAttribute("officers", canRecord ? officers.all(user) : List.of());
        model.addAttribute("agencyNames", agencies.all(user).stream()
                .collect(Collectors.toMap(Agency::id, Agency::name)));
        model.addAttribute("today", LocalDate.now(clock));
        return "registry/exam";
    }
}
