package org.fazhi.disputes.litigation;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
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
 * The litigation pages: the list (filters, search, export) with the year's loss-rate series, a new lawsuit, and a
 * lawsuit with its defence period, hearings, outcome and the forms of the steps the user may take now
 * ({@link LawsuitStepController}).
 */
@Controller
@RequestMapping("/disputes/lawsuits")
class LawsuitController {

    private final Lawsuits lawsuits;
    private final LossRateSeries lossRate;
    private final LawsuitSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    LawsuitController(Lawsuits lawsuits, LossRateSeries lossRate, LawsuitSheet sheet, AgencyOptions agencies,
                      Flash flash) {
        this.lawsuits = lawsuits;
        this.lossRate = lossRate;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") LawsuitRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", lawsuits.search(user, search, PageRequest.of(page, null)));
        int year = search.year() == null ? lawsuits.today().getYear() : search.year();
        model.addAttribute("lossRateYear", year);
        model.addAttribute("lossRate", lossRate.of(user, year, search.agencyId()));
        model.addAttribute("instances", Instance.values());
        model.addAttribute("outcomes", LawsuitOutcome.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        model.addAttribute("canWrite", lawsuits.mayFollow(user));
        return "disputes/lawsuits";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") LawsuitRepository.Search search,
                HttpServletResponse response) throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        requireFollower(user);
        return form(user, model, new LawsuitForm(null, Instance.FIRST, null, null, PlaintiffKind.PERSON, null, null,
                null, null, null, null, lawsuits.today()));
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") LawsuitForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Lawsuit s = lawsuits.register(user, form);
            flash.add(redirect, "disputes.litigation.registered", s.filing().courtNumber(), s.defenceDueOn());
            return "redirect:/disputes/lawsuits/" + s.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Lawsuit s = lawsuits.get(user, id);
        java.util.List<String> steps = LawsuitView.stepsFor(s, lawsuits.mayFollow(user), lawsuits.isDefendant(user, s));
        model.addAttribute("s", LawsuitView.of(s, lawsuits, steps));
        model.addAttribute("steps", steps);
        model.addAttribute("appearances", Appearance.values());
        model.addAttribute("outcomes", LawsuitOutcome.values());
        model.addAttribute("today", lawsuits.today());
        return "disputes/lawsuit";
    }

    private String form(SignedInUser user, Model model, LawsuitForm form) {
        model.addAttribute("form", form);
        model.addAttribute("instances", Instance.values());
        model.addAttribute("plaintiffKinds", PlaintiffKind.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "disputes/lawsuit-form";
    }

    private void requireFollower(SignedInUser user) {
        if (!lawsuits.mayFollow(user)) {
            throw new AccessDeniedException("disputes.litigation.followers-only");
        }
    }
}
