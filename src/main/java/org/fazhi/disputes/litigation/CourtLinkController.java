package org.fazhi.disputes.litigation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.spreadsheet.ImportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 府院联动 pages: the county's meetings with the courts (filters, search, export) and the form to record a
 * meeting; a meeting's page with its issues is {@link CourtLinkMeetingController}, the issues list across meetings
 * {@link CourtLinkIssueController}. A refused form comes back with what was typed and the problem beside each field.
 */
@Controller
@RequestMapping("/disputes/court-links")
class CourtLinkController {

    private static final String FORM = "disputes/court-link-form";

    private final CourtLinks courtLinks;
    private final CourtLinkSheet sheet;
    private final Flash flash;

    CourtLinkController(CourtLinks courtLinks, CourtLinkSheet sheet, Flash flash) {
        this.courtLinks = courtLinks;
        this.sheet = sheet;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") CourtLinkRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", courtLinks.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("canWrite", courtLinks.mayFollow(user));
        return "disputes/court-links";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") CourtLinkRepository.Search search, HttpServletResponse response)
            throws IOException {
        sheet.write(ImportPage.xlsx(response, sheet.fileName()), user, search);
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        Followers.requireFollower(user);
        model.addAttribute("meetingForm", new CourtLinks.MeetingForm(courtLinks.today(), null, null));
        return FORM;
    }

    @PostMapping
    String hold(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("meetingForm") CourtLinks.MeetingForm form,
                BindingResult errors, RedirectAttributes redirect) {
        Followers.requireFollower(user);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            CourtLinkMeeting held = courtLinks.hold(user, form);
            flash.add(redirect, "disputes.court-link.held", held.heldOn());
            return "redirect:/disputes/court-links/" + held.id();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return FORM;
        }
    }
}
