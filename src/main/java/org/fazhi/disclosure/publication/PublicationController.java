package org.fazhi.disclosure.publication;

import java.time.LocalDate;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Flash;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal office's pages: its agency's publications, pending and overdue first; the review of one (the text as
 * it will be published, each redaction marked), marking a fragment, unmarking a span, 公开 and 撤回; the decisions
 * changed or revoked whose publications are to be withdrawn, and recording such a change.
 */
@Controller
@RequestMapping("/disclosure/publications")
class PublicationController {

    private final Publications publications;
    private final ChangedDecisions changes;
    private final Flash flash;

    PublicationController(Publications publications, ChangedDecisions changes, Flash flash) {
        this.publications = publications;
        this.changes = changes;
        this.flash = flash;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user,
                @ModelAttribute("search") PublicationRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", publications.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("states", PublicationState.values());
        model.addAttribute("withdrawalsDue", changes.open(user));
        model.addAttribute("today", publications.today());
        return "disclosure/publications";
    }

    @GetMapping("/{id}")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Publication publication = publications.get(user, id);
        boolean legalOffice = publications.isLegalOfficeOf(user, publication);
        model.addAttribute("publication", publication);
        model.addAttribute("overdue", publication.isOverdueOn(publications.today()));
        model.addAttribute("text", ReviewedText.of(publication.redaction(), legalOffice));
        model.addAttribute("canReview", legalOffice && publication.state() == PublicationState.PENDING);
        model.addAttribute("canWithdraw", legalOffice && (publication.state() == PublicationState.PENDING
                || publication.state() == PublicationState.PUBLISHED));
        model.addAttribute("supervising", user.hasRole(Role.SUPERVISOR));
        model.addAttribute("withdrawalDue", changes.openOf(id).orElse(null));
        model.addAttribute("today", publications.today());
        return "disclosure/publication";
    }

    @PostMapping("/{id}/spans")
    String addSpan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable String fragment, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            publications.addSpan(user, id, fragment);
            flash.add(redirect, "disclosure.span.added", fragment);
        });
        return back(id);
    }

    @PostMapping("/{id}/spans/{start}/remove")
    String removeSpan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int start,
                      RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            publications.removeSpan(user, id, start);
            flash.add(redirect, "disclosure.span.removed");
        });
        return back(id);
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            publications.publish(user, id);
            flash.add(redirect, "disclosure.publication.published");
        });
        return back(id);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                    @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            publications.withdraw(user, id, reason);
            flash.add(redirect, "disclosure.publication.withdrawn");
        });
        return back(id);
    }

    /** 决定变更或撤销: the publication is to be withdrawn within 3 working days. */
    @PostMapping("/{id}/changed")
    String changed(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @RequestParam(required = false) @Nullable String reason,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   @Nullable LocalDate changedOn, RedirectAttributes redirect) {
        flash.attempt(redirect, () -> {
            WithdrawalDue due = changes.recordChange(user, id, reason, changedOn);
            flash.add(redirect, "disclosure.withdrawal.recorded", due.dueOn());
        });
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/disclosure/publications/" + id;
    }
}
