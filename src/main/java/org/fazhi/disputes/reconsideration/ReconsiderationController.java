package org.fazhi.disputes.reconsideration;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The reconsideration pages: the list (filters, search, export), a new application, and a case with its timeline,
 * each time limit and the forms of the steps the user may take now ({@link ReconsiderationStepController}).
 */
@Controller
@RequestMapping("/disputes/reconsiderations")
class ReconsiderationController {

    private final Reconsiderations reconsiderations;
    private final ReconsiderationSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;
    private final ReconsiderationDocuments documents;
    private final ReconsiderationOpinions opinions;

    ReconsiderationController(Reconsiderations reconsiderations, ReconsiderationSheet sheet, AgencyOptions agencies,
                              Flash flash, ReconsiderationDocuments documents, ReconsiderationOpinions opinions) {
        this.documents = documents;
        this.opinions = opinions;
        this.reconsiderations = reconsiderations;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") ReconsiderationRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", reconsiderations.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("states", ReconsiderationState.values());
        model.addAttribute("channels", Channel.values());
        // Read once: the filter's options, and each row's agency name by id.
        List<AgencyOptions.Option> agencyOptions = agencies.within(user.scope());
        model.addAttribute("agencyOptions", agencyOptions);
        model.addAttribute("agencyNames", agencyOptions.stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        model.addAttribute("canWrite", reconsiderations.mayAct(user));
        return "disputes/reconsiderations";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") ReconsiderationRepository.Search search, HttpServletResponse response)
            throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        requireBody(user);
        return form(user, model, new ApplicationForm(reconsiderations.today(), Channel.WINDOW, null,
                ApplicantKind.PERSON, null, null, null, null, null, null, null));
    }

    @PostMapping
    String receive(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ApplicationForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            ReconsiderationCase c = reconsiderations.receive(user, form);
            flash.add(redirect, "disputes.reconsideration.received", c.number());
            return "redirect:/disputes/reconsiderations/" + c.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ReconsiderationCase c = reconsiderations.get(user, id);
        model.addAttribute("r", ReconsiderationView.of(c, reconsiderations.agencyName(c.application().agencyId()),
                reconsiderations.today(), reconsiderations.stepsFor(user, c)));
        model.addAttribute("steps", reconsiderations.stepsFor(user, c).stream().map(Enum::name).toList());
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("modes", HearingMode.values());
        model.addAttribute("decisionKinds", Arrays.stream(ReconsiderationOutcome.values())
                .filter(ReconsiderationOutcome::isDecision).toList());
        model.addAttribute("today", reconsiderations.today());
        model.addAttribute("opinions", opinions.ofCase(user, id));
        model.addAttribute("mayIssueOpinion", opinions.mayIssue(user));
        return "disputes/reconsideration";
    }

    @GetMapping("/{id}/documents/{kind}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable ReconsiderationDocumentKind kind) {
        return documents.download(user, id, kind);
    }

    private String form(SignedInUser user, Model model, ApplicationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "disputes/reconsideration-form";
    }

    private void requireBody(SignedInUser user) {
        if (!reconsiderations.mayAct(user)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
    }
}
