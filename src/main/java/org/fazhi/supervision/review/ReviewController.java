package org.fazhi.supervision.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * The pages of case-file review: the campaigns (filters, search), a new campaign, a campaign with its announcement,
 * draw, reviewers and drawn files with their averages and spreads, a reviewer's scoring form, and the excellent
 * files (优秀案卷); the campaigns list and a campaign's files as .xlsx.
 */
@Controller
@RequestMapping("/supervision/reviews")
class ReviewController {

    private final ReviewCampaigns campaigns;
    private final FileReviews reviews;
    private final ReviewChecklist checklist;
    private final AgencyOptions agencies;
    private final ReviewSheets sheets;

    ReviewController(ReviewCampaigns campaigns, FileReviews reviews, ReviewChecklist checklist,
                     AgencyOptions agencies, ReviewSheets sheets) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.checklist = checklist;
        this.agencies = agencies;
        this.sheets = sheets;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") CampaignRepository.Search search,
                @RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("page", campaigns.search(user, search, PageRequest.of(page, null)));
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("canManage", user.hasRole(Role.SUPERVISOR));
        return "supervision/reviews";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("search") CampaignRepository.Search search,
                HttpServletResponse response) throws IOException {
        attachment(response, sheets.campaignsFileName());
        sheets.writeCampaigns(response.getOutputStream(), user, search);
    }

    /** The campaign's drawn files with their scores, as far as the user may see them (an agency: its own). */
    @GetMapping("/{id}/export")
    void exportFiles(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        attachment(response, sheets.filesFileName(user, id));
        sheets.writeFiles(response.getOutputStream(), user, id);
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", CampaignForm.empty());
        return form(user, model);
    }

    @PostMapping
    String announce(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CampaignForm form,
                    BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(user, model);
        }
        try {
            return "redirect:/supervision/reviews/" + campaigns.announce(user, form);
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return form(user, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.visible(user, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("files", reviews.files(user, id));
        model.addAttribute("reviewers", reviews.reviewers(user, id));
        model.addAttribute("assigned", reviews.assignedTo(user, id));
        model.addAttribute("agencyNames", agencyNames(user));
        model.addAttribute("canManage", user.hasRole(Role.SUPERVISOR));
        model.addAttribute("publishedAt", campaigns.moment(campaign.publishedAt()));
        model.addAttribute("readingAt", campaigns.moment(campaign.readingAt()));
        return "supervision/review";
    }

    @PostMapping("/{id}/draw")
    String draw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                @RequestParam(required = false) @Nullable String publicValue,
                @RequestParam(required = false) @Nullable String witnesses, Model model) {
        try {
            campaigns.draw(user, id, publicValue == null ? "" : publicValue, witnesses == null || witnesses.isBlank()
                    ? List.of() : List.of(witnesses.strip().split("[、,，;；\\s]+")));
        } catch (InvalidInput | RuleViolation refused) {
            model.addAttribute("drawRefused", refused);
            return show(user, id, model);
        }
        return "redirect:/supervision/reviews/" + id;
    }

    @PostMapping("/{id}/reviewers")
    String nameReviewer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestParam long officerId) {
        reviews.nameReviewer(user, id, officerId);
        return "redirect:/supervision/reviews/" + id;
    }

    @PostMapping("/{id}/assignments")
    String assignInTurn(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                        @RequestParam(defaultValue = "2") int perFile) {
        reviews.assignInTurn(user, id, perFile);
        return "redirect:/supervision/reviews/" + id;
    }

    @GetMapping("/files/{fileId}/score")
    String scoreForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long fileId, Model model) {
        model.addAttribute("form", new ScoreForm(null, null, null));
        return scorePage(user, fileId, model);
    }

    @PostMapping("/files/{fileId}/score")
    String score(@AuthenticationPrincipal SignedInUser user, @PathVariable long fileId,
                 @ModelAttribute("form") ScoreForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return scorePage(user, fileId, model);
        }
        try {
            long campaign = reviews.score(user, fileId, form).file().campaignId();
            return "redirect:/supervision/reviews/" + campaign;
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
            return scorePage(user, fileId, model);
        }
    }

    @GetMapping("/excellent")
    String excellent(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("items", reviews.excellent(user));
        model.addAttribute("agencyNames", agencyNames(user));
        model.addAttribute("threshold", checklist.excellentFrom());
        return "supervision/review-excellent";
    }

    private String scorePage(SignedInUser user, long fileId, Model model) {
        model.addAttribute("file", reviews.file(user, fileId));
        model.addAttribute("checklist", checklist);
        model.addAttribute("agencyNames", agencyNames(user));
        return "supervision/review-score";
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("agencies", agencies.within(DataScope.ofRegion(user.region())));
        model.addAttribute("sources", checklist.randomnessSources());
        model.addAttribute("kinds", SampleSize.Kind.values());
        return "supervision/review-form";
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(ReviewSheets.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private Map<Long, String> agencyNames(SignedInUser user) {
        return agencies.within(DataScope.ofRegion(user.region())).stream()
                .collect(Collectors.toMap(AgencyOptions.Option::id, AgencyOptions.Option::name, (a, b) -> a));
    }
}
