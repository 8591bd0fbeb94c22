package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 监督意见书 pages: the list (an agency's legal office sees its own), what is to answer (待整改), one opinion with its documents,
 * problems and answers, answering it (the agency), accepting or returning (a supervisor), the interview; and a new
 * opinion about one record (个案监督), opened from the record's page with {@code ?subject=casework.case:<id>}.
 */
@Controller
@RequestMapping("/supervision/opinions")
class OpinionController {

    private final Opinions opinions;
    private final ProblemCategories categories;
    private final AgencyOptions agencies;
    private final Letters letters;
    private final DueOpinions due;
    private final Flash flash;

    OpinionController(Opinions opinions, ProblemCategories categories, AgencyOptions agencies, Letters letters,
                      DueOpinions due, Flash flash) {
        this.opinions = opinions;
        this.due = due;
        this.categories = categories;
        this.agencies = agencies;
        this.letters = letters;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") OpinionRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", opinions.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("states", OpinionState.values());
        model.addAttribute("canWrite", user.hasRole(Role.SUPERVISOR));
        return "supervision/opinions";
    }

    /** 待整改: the legal office's opinions to answer, overdue first, and its answers awaiting acceptance. */
    @GetMapping("/to-answer")
    String toAnswer(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("worklist", due.of(user));
        model.addAttribute("ownAgency", user.scope().isAgencyScoped());
        return "supervision/opinions-due";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String subject,
                Model model) {
        return form(user, model, opinions.prefill(user, subject));
    }

    @PostMapping
    String issue(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") Opinions.IndividualForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Opinion opinion = opinions.issueForRecord(user, form);
            flash.add(redirect, "supervision.opinion.issued", opinion.number());
            return "redirect:/supervision/opinions/" + opinion.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Opinion opinion = opinions.get(user, id);
        model.addAttribute("opinion", opinion);
        model.addAttribute("agencyName", letters.agencyName(opinion.agencyId()));
        model.addAttribute("subjectName", letters.subject(opinion.subject()));
        model.addAttribute("subjectHref", opinion.subject() == null ? null : opinion.subject().href().orElse(null));
        model.addAttribute("findings", opinions.findingsOf(opinion));
        model.addAttribute("rectifications", opinions.rectificationsOf(opinion));
        model.addAttribute("interview", opinions.interviewOf(opinion).orElse(null));
        model.addAttribute("canAnswer", Callers.isLegalOfficeOf(user, opinion.agencyId())
                && opinion.state().awaitsAnswer());
        model.addAttribute("canReview", user.hasRole(Role.SUPERVISOR) && opinion.state() == OpinionState.ANSWERED);
        model.addAttribute("canInterview", user.hasRole(Role.SUPERVISOR));
        model.addAttribute("overdue", opinion.state().awaitsAnswer()
                && opinions.today().isAfter(opinion.currentDeadline()));
        return "supervision/opinion";
    }

    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @RequestParam(defaultValue = "false") boolean decision) {
        return OpinionDocuments.attachment(opinions.get(user, id), decision, opinions.document(user, id, decision));
    }

    @PostMapping("/{id}/rectifications")
    String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @RequestParam(required = false) @Nullable String measures,
                  @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
                  RedirectAttributes redirect) {
        List<Upload> uploads = evidence == null ? List.of()
                : evidence.stream().filter(file -> !file.isEmpty()).map(Upload::of).toList();
        flash.attempt(redirect, () -> {
            opinions.answer(user, id, measures, uploads);
            flash.add(redirect, "supervision.rectification.submitted");
        });
        return back(id);
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            opinions.accept(user, id);
            flash.add(redirect, "supervision.rectification.accepted");
        });
        return back(id);
    }

    @PostMapping("/{id}/return")
    String giveBack(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            opinions.giveBack(user, id, note);
            flash.add(redirect, "supervision.rectification.returned");
        });
        return back(id);
    }

    @PostMapping("/{id}/interview")
    String interview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                     @Nullable LocalDate heldOn, @RequestParam(required = false) @Nullable String interviewee,
                     @RequestParam(required = false) @Nullable String record, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            opinions.recordInterview(user, id, heldOn, interviewee, record);
            flash.add(redirect, "supervision.interview.recorded");
        });
        return back(id);
    }

    private String form(SignedInUser user, Model model, Opinions.IndividualForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", categories.types());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "supervision/opinion-form";
    }

    private static String back(long id) {
        return "redirect:/supervision/opinions/" + id;
    }
}
