package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.identity.OfficerOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.supervision.CaseFileProblemFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewing of drawn files: supervisors name the campaign's reviewers (officers of the registry: the bureau's
 * supervisors and other agencies' staff) and assign several to each file — never a reviewer to a file of his own
 * agency (回避); each reviewer scores the files assigned to him against the checklist, once, and records the problems
 * he found, which are published as {@link CaseFileProblemFound} for rectification.
 */
@Service
public class FileReviews {

    private static final int MAX_PROBLEM = 500;

    /** A drawn file with its reviewers, its result and its problems. */
    public record FileView(CampaignRepository.DrawnFile file, List<ReviewRepository.Assignment> reviewers,
                           FileScore score, List<ReviewRepository.Problem> problems) {
    }

    private final ReviewCampaigns campaigns;
    private final CampaignRepository campaignRows;
    private final ReviewRepository reviews;
    private final OfficerOptions officers;
    private final ReviewChecklist checklist;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FileReviews(ReviewCampaigns campaigns, CampaignRepository campaignRows, ReviewRepository reviews,
                OfficerOptions officers, ReviewChecklist checklist, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.campaignRows = campaignRows;
        this.reviews = reviews;
        this.officers = officers;
        this.checklist = checklist;
        this.events = events;
        this.clock = clock;
    }

    /** Names an officer as one of the campaign's reviewers. */
    @Transactional
    public void nameReviewer(SignedInUser user, long campaignId, long officerId) {
        ReviewCampaigns.requireSupervisor(user);
        Campaign campaign = campaigns.visible(user, campaignId);
        if (campaign.state() == ReviewState.FINISHED) {
            throw RuleViolation.of("supervision.review.finished");
        }
        OfficerOptions.Option officer = officers.find(officerId)
                .orElseThrow(() -> InvalidInput.of("officerId", "supervision.review.reviewer.unknown", officerId));
        reviews.addReviewer(campaignId, new ReviewRepository.Reviewer(officer.id(), officer.name(), officer.agencyId()));
    }

    /** Assigns a named reviewer to a drawn file; refuses a reviewer of the file's own agency. */
    @Transactional
    public void assign(SignedInUser user, long fileId, long officerId) {
        ReviewCampaigns.requireSupervisor(user);
        CampaignRepository.DrawnFile file = fileOf(user, fileId);
        Campaign campaign = campaigns.visible(user, file.campaignId());
        if (campaign.state() != ReviewState.DRAWN) {
            throw RuleViolation.of("supervision.review.finished");
        }
        ReviewRepository.Reviewer reviewer = reviews.reviewers(campaign.id()).stream()
                .filter(named -> named.officerId() == officerId).findFirst()
                .orElseThrow(() -> InvalidInput.of("officerId", "supervision.review.reviewer.not-named", officerId));
        if (reviewer.agencyId() == file.agencyId()) {
            throw new RuleViolation("supervision.review.assign.own-agency", "", reviewer.name(), file.caseCode());
        }
        reviews.assign(fileId, officerId);
    }

    /**
     * Gives every drawn file {@code perFile} reviewers from the campaign's named reviewers, in turn, skipping those of
     * the file's agency and those already on it (the supervisor may change them one by one afterwards).
     */
    @Transactional
    public void assignInTurn(SignedInUser user, long campaignId, int perFile) {
        ReviewCampaigns.requireSupervisor(user);
        Campaign campaign = campaigns.visible(user, campaignId);
        List<ReviewRepository.Reviewer> named = reviews.reviewers(campaignId);
        int next = 0;
        for (CampaignRepository.DrawnFile file : campaignRows.files(campaign.id())) {
            List<Long> on = new ArrayList<>(reviews.assignments(file.id()).stream()
                    .map(ReviewRepository.Assignment::officerId).toList());
            for (int tried = 0; tried < named.size() && on.size() < perFile; tried++) {
                ReviewRepository.Reviewer reviewer = named.get(next++ % named.size());
                if (reviewer.agencyId() != file.agencyId() && !on.contains(reviewer.officerId())) {
                    assign(user, file.id(), reviewer.officerId());
                    on.add(reviewer.officerId());
                }
            }
        }
    }

    /** A reviewer's scores and problems for a file assigned to him; once. */
    @Transactional
    public FileView score(SignedInUser user, long fileId, ScoreForm form) {
        CampaignRepository.DrawnFile file = fileOf(user, fileId);
        Campaign campaign = campaigns.visible(user, file.campaignId());
        Long officer = user.officerId();
        boolean assigned = officer != null && reviews.assignments(fileId).stream()
                .anyMatch(a -> a.officerId() == officer);
        if (!assigned) {
            throw new AccessDeniedException("supervision: file " + fileId + " is not assigned to " + user);
        }
        if (campaign.state() != ReviewState.DRAWN) {
            throw RuleViolation.of("supervision.review.finished");
        }
        Map<String, BigDecimal> points = pointsOf(form);
        List<ScoreForm.FoundProblem> found = problemsOf(form);
        BigDecimal total = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        if (!reviews.recordScores(fileId, officer, points, checklist, total, comment, clock.instant())) {
            throw RuleViolation.of("supervision.review.score.already");
        }
        LocalDate today = LocalDate.now(clock);
        for (ScoreForm.FoundProblem problem : found) {
            String part = checklist.partOf(problem.item()).orElseThrow().code();
            long id = reviews.addProblem(fileId, officer, file.region(), file.agencyId(), part, problem.item(),
                    problem.text().strip(), today);
            events.publishEvent(new CaseFileProblemFound(id, campaign.id(), campaign.region(), file.agencyId(),
                    file.caseId(), file.caseCode(), part, problem.item(), problem.text().strip(), today));
        }
        return view(file);
    }

    /**
     * A file the user may see: supervisors and leaders any of their county's; agency staff their own agency's files
     * (results only) and the files assigned to them as reviewers.
     */
    @Transactional(readOnly = true)
    public FileView file(SignedInUser user, long fileId) {
        return view(fileOf(user, fileId));
    }

    /** The campaign's files the user may see, in draw order. */
    @Transactional(readOnly = true)
    public List<FileView> files(SignedInUser user, long campaignId) {
        Campaign campaign = campaigns.visible(user, campaignId);
        return campaignRows.files(campaign.id()).stream().filter(file -> maySee(user, file)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ReviewRepository.Reviewer> reviewers(SignedInUser user, long campaignId) {
        return reviews.reviewers(campaigns.visible(user, campaignId).id());
    }

    /** The files of the campaign assigned to the user as a reviewer. */
    @Transactional(readOnly = true)
    public List<Long> assignedTo(SignedInUser user, long campaignId) {
        Campaign campaign = campaigns.visible(user, campaignId);
        return user.officerId() == null ? List.of() : reviews.filesOf(campaign.id(), user.officerId());
    }

    /** The excellent files (优秀案卷) of the user's scope: the county's, or an agency's own. */
    @Transactional(readOnly = true)
    public List<CampaignRepository.ExcellentFile> excellent(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.ADMIN, Role.AGENCY_ADMIN, Role.OFFICER)) {
            throw new AccessDeniedException("supervision: excellent files are for staff");
        }
        return campaignRows.excellent(user.region(), user.scope().agencyId(), checklist.excellentFrom());
    }

    public Map<String, BigDecimal> scoresOf(long fileId, long officerId) {
        return reviews.scores(fileId, officerId);
    }

    private CampaignRepository.DrawnFile fileOf(SignedInUser user, long fileId) {
        CampaignRepository.DrawnFile file = campaignRows.file(fileId)
                .orElseThrow(() -> new NotFound("supervision.review-file", fileId));
        if (!user.region().contains(file.region()) || !maySee(user, file)) {
            throw new NotFound("supervision.review-file", fileId);
        }
        return file;
    }

    private boolean maySee(SignedInUser user, CampaignRepository.DrawnFile file) {
        if (user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.ADMIN)) {
            return true;
        }
        if (!user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER)) {
            return false;
        }
        Long officer = user.officerId();
        return Long.valueOf(file.agencyId()).equals(user.agencyId()) || officer != null
                && reviews.assignments(file.id()).stream().anyMatch(a -> a.officerId() == officer);
    }

    private FileView view(CampaignRepository.DrawnFile file) {
        return new FileView(file, reviews.assignments(file.id()), campaignRows.score(file.id(), checklist),
                reviews.problems(file.id()));
    }

    /** Every item scored, between 0 and its points, in steps of half a point. */
    private Map<String, BigDecimal> pointsOf(ScoreForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        checklist.parts().forEach(part -> part.items().forEach(item -> {
            BigDecimal given = form.points().get(item.code());
            String field = "points[" + item.code() + "]";
            if (given == null) {
                problems.add(FieldProblem.of(field, "supervision.review.score.required", item.text()));
            } else if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(item.points())) > 0
                    || given.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                problems.add(FieldProblem.of(field, "supervision.review.score.range", item.text(), item.points()));
            } else {
                points.put(item.code(), given);
            }
        }));
        form.points().keySet().stream().filter(code -> checklist.item(code).isEmpty()).findFirst()
                .ifPresent(code -> problems.add(FieldProblem.of("points", "supervision.review.score.unknown", code)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return points;
    }

    private List<ScoreForm.FoundProblem> problemsOf(ScoreForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ScoreForm.FoundProblem> found = new ArrayList<>();
        for (int i = 0; i < form.problems().size(); i++) {
            ScoreForm.FoundProblem problem = form.problems().get(i);
            boolean noItem = problem.item() == null || problem.item().isBlank();
            boolean noText = problem.text() == null || problem.text().isBlank();
            if (noItem && noText) {
                continue;
            }
            if (noItem || checklist.item(problem.item()).isEmpty()) {
                problems.add(FieldProblem.of("problems[" + i + "].item", "supervision.review.problem.item"));
            } else if (noText || problem.text().length() > MAX_PROBLEM) {
                problems.add(FieldProblem.of("problems[" + i + "].text", "supervision.review.problem.text",
                        MAX_PROBLEM));
            } else {
                found.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return found;
    }
}
