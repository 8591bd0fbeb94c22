package org.fazhi.disputes.litigation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
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
 * The 府院联动 issues across meetings: the list (where each stands, its meeting, its agency, text; pages; export) of
 * the issues the user may see, an agency's legal office its own; and the followers' form to revise an open issue,
 * which comes back with what was typed and each problem beside its field. An issue outside the user's scope is not
 * found.
 */
@Controller
@RequestMapping("/disputes/court-links/issues")
class CourtLinkIssueController {

    private static final String FORM = "disputes/court-link-issue-form";

    private final CourtLinks courtLinks;
    private final CourtLinkIssues issues;
    private final CourtLinkSheet sheet;
    private final AgencyOptions agencies;
    private final Flash flash;

    CourtLinkIssueController(CourtLinks courtLinks, CourtLinkIssues issues, CourtLinkSheet sheet,
                             AgencyOptions agencies, Flash flash) {
        this.courtLinks = courtLinks;
        this.issues = issues;
        this.sheet = sheet;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") CourtLinkRepository.IssueSearch search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        Page<CourtLinkIssue> found = issues.search(user, search, PageRequest.of(page, null));
        model.addAttribute("page", found.map(CourtLinkIssueLine.of(found.items(), issues, user)));
        model.addAttribute("standings", CourtLinkIssue.Standing.values());
        model.addAttribute("meetingOptions", courtLinks.meetingOptions(user));
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return "disputes/court-link-issues";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") CourtLinkRepository.IssueSearch search, HttpServletResponse response)
            throws IOException {
        sheet.writeIssues(ImportPage.xlsx(response, sheet.issuesFileName()), user, search);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        CourtLinkIssue issue = issues.issueToRevise(user, id);
        model.addAttribute("issueRevision", CourtLinkIssues.IssueRevision.of(issue));
        return form(user, issue, model);
    }

    @PostMapping("/{id}")
    String revise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @ModelAttribute("issueRevision") CourtLinkIssues.IssueRevision form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CourtLinkIssue issue = issues.issueToRevise(user, id);
        if (flash.attempt(errors, redirect, () -> {
            issues.revise(user, id, form);
            flash.add(redirect, "disputes.court-link.revised");
        })) {
            return "redirect:" + whereListed(issue);
        }
        return form(user, issue, model);
    }

    private String form(SignedInUser user, CourtLinkIssue issue, Model model) {
        model.addAttribute("issue", issue);
        model.addAttribute("back", whereListed(issue));
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        return FORM;
    }

    /** The meeting's page at the issue, or the issues list for one listed between meetings. */
    private static String whereListed(CourtLinkIssue issue) {
        return issue.meetingId() == null ? "/disputes/court-links/issues"
                : "/disputes/court-links/" + issue.meetingId() + "#issue-" + issue.id();
    }
}
