package org.fazhi.disputes.litigation;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.spreadsheet.ImportPage;
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

/**
 * The suggestions page: the year's suggestions with their reply due and reply (exported as .xlsx), the form to
 * register one (followers) and, on each unanswered one, the reply form (followers and the agency addressed). A
 * refused registration or reply comes back with what was typed and each problem beside its field; a reply refused by
 * a rule (already replied) is the next page's message.
 */
@Controller
@RequestMapping("/disputes/suggestions")
class SuggestionController {

    private final Suggestions suggestions;
    private final SuggestionSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    SuggestionController(Suggestions suggestions, SuggestionSheet sheet, AgencyOptions agencies, Flash flash) {
        this.suggestions = suggestions;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                Model model) {
        int shown = year == null ? suggestions.today().getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("suggestions", suggestions.of(user, shown));
        model.addAttribute("kinds", SuggestionKind.values());
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("agencyNames", agencies.within(user.scope()).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a)));
        model.addAttribute("userAgencyId", user.hasRole(Role.AGENCY_ADMIN) ? user.agencyId() : null);
        model.addAttribute("canWrite", Followers.mayFollow(user));
        model.addAttribute("today", suggestions.today());
        model.addAttribute("blankReply", new Suggestions.Reply(suggestions.today(), null));
        if (!model.containsAttribute("replying")) {
            model.addAttribute("replying", 0L);
        }
        if (!model.containsAttribute("suggestionForm")) {
            model.addAttribute("suggestionForm", new SuggestionForm(null, null, null, suggestions.today(), null, null));
        }
        return "disputes/suggestions";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable Integer year,
                HttpServletResponse response) throws IOException {
        int shown = year == null ? suggestions.today().getYear() : year;
        sheet.write(ImportPage.xlsx(response, sheet.fileName(shown)), user, shown);
    }

    @PostMapping
    String receive(@AuthenticationPrincipal SignedInUser user,
                   @ModelAttribute("suggestionForm") SuggestionForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Followers.requireFollower(user);
        if (!errors.hasErrors()) {
            try {
                suggestions.receive(user, form);
                flash.add(redirect, "disputes.suggestion.received");
                return "redirect:/disputes/suggestions";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return list(user, null, model);
    }

    @PostMapping("/{id}/reply")
    String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                 @ModelAttribute("suggestionReply") Suggestions.Reply form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Suggestion suggestion = suggestions.toReply(user, id);
        int year = suggestion.receivedOn().getYear();
        if (flash.attempt(errors, redirect, () -> {
            suggestions.reply(user, id, form.on(), form.reply());
            flash.add(redirect, "disputes.suggestion.replied");
        })) {
            return "redirect:/disputes/suggestions?year=" + year;
        }
        model.addAttribute("replying", id);
        return list(user, year, model);
    }
}
