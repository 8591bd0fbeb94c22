package org.fazhi.disputes.reconsideration;

import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The 行政复议意见书 pages: the list (filters, export), a new opinion about a case, and an opinion with its reply. */
@Controller
@RequestMapping("/disputes/reconsideration-opinions")
class ReconsiderationOpinionController {

    private final ReconsiderationOpinions opinions;
    private final Reconsiderations reconsiderations;
    private final ReconsiderationOpinionSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    ReconsiderationOpinionController(ReconsiderationOpinions opinions, Reconsiderations reconsiderations,
                                     ReconsiderationOpinionSheet sheet,
                      AgencyOptions agencies, Flash flash) {
        this.opinions = opinions;
        this.reconsiderations = reconsiderations;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") ReconsiderationOpinionRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", opinions.search(user, search, PageRequest.of(page, null))
                .map(o -> ReconsiderationOpinionView.of(o, opinions.agencyName(o.agencyId()), opinions.today(),
                        false)));
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "disputes/opinions";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") ReconsiderationOpinionRepository.Search search,
                HttpServletResponse response) throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, @RequestParam long reconsideration, Model model) {
        if (!opinions.mayIssue(user)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
        ReconsiderationCase c = reconsiderations.get(user, reconsideration);
        return form(user, model, new ReconsiderationOpinionForm(c.id(), c.application().agencyId(), opinions.today(),
                null, null,
                opinions.today().plusDays(ReconsiderationOpinionForm.REPLY_DAYS)));
    }

    @PostMapping
    String issue(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ReconsiderationOpinionForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            ReconsiderationOpinion o = opinions.issue(user, form);
            flash.add(redirect, "disputes.opinion.issued", o.number());
            return "redirect:/disputes/reconsideration-opinions/" + o.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ReconsiderationOpinion o = opinions.get(user, id);
        model.addAttribute("o", ReconsiderationOpinionView.of(o, opinions.agencyName(o.agencyId()), opinions.today(),
                opinions.mayReply(user, o)));
        model.addAttribute("today", opinions.today());
        return "disputes/opinion";
    }

    @PostMapping("/{id}/reply")
    String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
                 @RequestParam(required = false) @Nullable String measures, RedirectAttributes redirect) {
        flash.attempt(redirect, "disputes.opinion.field.", () -> {
            opinions.reply(user, id, on, measures);
            flash.add(redirect, "disputes.opinion.done.reply");
        });
        return "redirect:/disputes/reconsideration-opinions/" + id;
    }

    private String form(SignedInUser user, Model model, ReconsiderationOpinionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        return "disputes/opinion-form";
    }
}
