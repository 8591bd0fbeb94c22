package org.fazhi.disputes.litigation;

import java.util.List;
import java.util.Objects;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
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

/**
 * A 府院联动 meeting's page: what was discussed, its issues with where each stands, the form to list another issue
 * (followers) and, on each open issue, the form to record its resolution (followers and the agency responsible). A
 * refused form is shown again on the page with what was typed and the problem beside the field; another county's
 * meeting, or an issue outside the user's scope, is not found.
 */
@Controller
@RequestMapping("/disputes/court-links/{id}")
class CourtLinkMeetingController {

    private final CourtLinks courtLinks;
    private final CourtLinkIssues issues;
    private final AgencyOptions agencies;
    private final Flash flash;

    CourtLinkMeetingController(CourtLinks courtLinks, CourtLinkIssues issues, AgencyOptions agencies, Flash flash) {
        this.courtLinks = courtLinks;
        this.issues = issues;
        this.agencies = agencies;
        this.flash = flash;
    }

    @GetMapping
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return show(user, id, model, 0);
    }

    @PostMapping("/issues")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @ModelAttribute("issueForm") CourtLinkIssues.IssueForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Followers.requireFollower(user);
        CourtLinkMeeting meeting = courtLinks.meeting(user, id);
        if (errors.hasErrors()) {
            return show(user, id, model, 0);
        }
        try {
            issues.list(user, new CourtLinkIssues.IssueForm(meeting.id(), form.issue(), form.agencyId(), form.dueOn()));
            flash.add(redirect, "disputes.court-link.listed");
            return "redirect:/disputes/court-links/" + id;
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return show(user, id, model, 0);
        }
    }

    @PostMapping("/issues/{issueId}/resolved")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long issueId,
                   @ModelAttribute("resolution") CourtLinkIssues.Resolution form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        CourtLinkIssue issue = issues.issueToResolve(user, issueId);
        if (!Objects.equals(issue.meetingId(), courtLinks.meeting(user, id).id())) {
            throw new NotFound(CourtLinkRepository.RECORD_TYPE, issueId);
        }
        if (flash.attempt(errors, redirect, () -> {
            issues.resolve(user, issueId, form.on(), form.resolution());
            flash.add(redirect, "disputes.court-link.resolved");
        })) {
            return "redirect:/disputes/court-links/" + id;
        }
        return show(user, id, model, issueId);
    }

    /** The meeting's page; {@code resolving} is the issue whose resolution form comes back with its problems. */
    private String show(SignedInUser user, long id, Model model, long resolving) {
        CourtLinkMeeting meeting = courtLinks.meeting(user, id);
        List<CourtLinkIssue> listed = issues.issuesOf(user, meeting);
        List<CourtLinkIssueLine> lines = listed.stream().map(CourtLinkIssueLine.of(listed, issues, user)).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("issues", lines);
        model.addAttribute("canWrite", courtLinks.mayFollow(user));
        model.addAttribute("agencyOptions", agencies.within(user.scope()));
        model.addAttribute("today", courtLinks.today());
        model.addAttribute("resolving", resolving);
        model.addAttribute("blankResolution", new CourtLinkIssues.Resolution(courtLinks.today(), null));
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", new CourtLinkIssues.IssueForm(id, null, null, null));
        }
        return "disputes/court-link";
    }
}
