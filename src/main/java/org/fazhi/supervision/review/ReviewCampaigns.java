package org.fazhi.supervision.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.casework.ClosedCaseFiles;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review campaigns (评查活动) from announcement to draw: the county's supervisors announce a campaign, which freezes
 * the directory of the agencies' closed files and publishes its digest with the commitment to a sealed secret; once
 * the announced public value exists they enter it and the sample is drawn ({@link FileSampling}). Campaigns are the
 * county's: a supervisor of another county, or an agency outside the campaign, is told there is no such campaign.
 */
@Service
public class ReviewCampaigns {

    private static final SecureRandom SECRETS = new SecureRandom();
    private static final int MAX_NAME = 100;

    private final CampaignRepository campaigns;
    private final ReviewRepository reviews;
    private final ClosedCaseFiles closedFiles;
    private final AgencyOptions agencies;
    private final ReviewChecklist checklist;
    private final FieldCipher cipher;
    private final Clock clock;

    ReviewCampaigns(CampaignRepository campaigns, ReviewRepository reviews, ClosedCaseFiles closedFiles, AgencyOptions agencies,
                    ReviewChecklist checklist, FieldCipher cipher, Clock clock) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.closedFiles = closedFiles;
        this.agencies = agencies;
        this.checklist = checklist;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Announces a campaign: freezes the directory of eligible files and publishes it with the commitment. */
    @Transactional
    public long announce(SignedInUser user, CampaignForm form) {
        requireSupervisor(user);
        List<FieldProblem> problems = problemsWith(user, form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RegionCode county = user.region();
        List<CaseFileEntry> directory = closedFiles.closedBetween(county, form.agencyIds(), form.periodFrom(),
                        form.periodTo()).stream()
                .map(file -> new CaseFileEntry(file.caseId(), file.agencyId(), file.caseCode())).toList();
        if (directory.isEmpty()) {
            throw InvalidInput.of("agencyIds", "supervision.review.form.no-files");
        }
        List<String> lines = FileSampling.lines(directory);
        String secret = newSecret();
        String source = form.randomnessSource().strip();
        String issue = form.randomnessIssue() == null || form.randomnessIssue().isBlank() ? null
                : form.randomnessIssue().strip();
        Instant readingAt = form.readingAt().atZone(zone()).toInstant();
        String commitment = CombinedSeed.commitmentOf(secret, source, issue, moment(readingAt));
        return campaigns.insert(new CampaignRepository.Announced(county, form.name().strip(), form.year(),
                form.periodFrom(), form.periodTo(), form.agencyIds(), sampleSizeOf(form), source, issue, readingAt,
                clock.instant(), commitment, cipher.encrypt(secret), lines,
                org.fazhi.inspection.draw.Directories.digest(lines), user.getUsername()));
    }

    /**
     * Draws the sample once the announced public value exists: unseals the secret, combines it with the value as
     * entered and records the files drawn, in draw order.
     */
    @Transactional
    public Campaign draw(SignedInUser user, long id, String publicValue, List<String> witnesses) {
        requireSupervisor(user);
        Campaign campaign = visible(user, id);
        if (campaign.isDrawn()) {
            throw RuleViolation.of("supervision.review.draw.already");
        }
        Instant now = clock.instant();
        if (now.isBefore(campaign.readingAt())) {
            throw RuleViolation.of("supervision.review.draw.too-early", moment(campaign.readingAt()));
        }
        String value = publicValue == null ? "" : publicValue.strip();
        if (value.isEmpty() || value.length() > 200 || value.contains("\n")) {
            throw InvalidInput.of("publicValue", "supervision.review.draw.value.required", campaign.randomnessSource());
        }
        String secret = cipher.decrypt(campaigns.sealedSecret(id));
        CombinedSeed seed = CombinedSeed.combine(announcement(campaign),
                secret, new CombinedSeed.Entry(value, user.getUsername(), moment(now), witnesses));
        List<CaseFileEntry> directory = campaigns.directoryLines(id).stream().map(CaseFileEntry::parse).toList();
        Map<Long, CaseFileEntry> byCase = directory.stream()
                .collect(Collectors.toMap(CaseFileEntry::caseId, Function.identity()));
        List<Long> drawn = FileSampling.draw(directory, campaign.sampleSize(), seed.value());
        campaigns.recordDraw(campaign, value, seed.entry().witnesses(), user.getUsername(), now, secret, seed.value());
        for (int i = 0; i < drawn.size(); i++) {
            campaigns.insertFile(id, campaign.region(), byCase.get(drawn.get(i)), i + 1);
        }
        return campaigns.find(id).orElseThrow();
    }

    /** Closes the campaign once every drawn file has all its reviewers' scores. */
    @Transactional
    public void finish(SignedInUser user, long id) {
        requireSupervisor(user);
        Campaign campaign = visible(user, id);
        if (campaign.state() != ReviewState.DRAWN) {
            throw RuleViolation.of("supervision.review.finish.not-drawn");
        }
        long unscored = campaigns.files(id).stream()
                .filter(file -> !campaigns.score(file.id(), checklist).complete()).count();
        if (unscored > 0) {
            throw RuleViolation.of("supervision.review.finish.unscored", unscored);
        }
        campaigns.finish(campaign, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Page<Campaign> search(SignedInUser user, CampaignRepository.Search search, PageRequest page) {
        requireStaff(user);
        return campaigns.search(user.region(), user.scope().agencyId(), user.officerId(), search, page);
    }

    /**
     * The campaign if the user may see it: the county's supervisors and leaders see all of their region's; agency
     * staff see the campaigns covering their agency or naming them as reviewers.
     */
    @Transactional(readOnly = true)
    public Campaign visible(SignedInUser user, long id) {
        requireStaff(user);
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new NotFound("supervision.review-campaign", id));
        if (!user.region().contains(campaign.region())) {
            throw new NotFound("supervision.review-campaign", id);
        }
        Long agency = user.scope().agencyId();
        if (agency != null && !campaign.agencyIds().contains(agency) && !isReviewerOf(user, campaign)) {
            throw new NotFound("supervision.review-campaign", id);
        }
        return campaign;
    }

    /** A campaign announced publicly (any campaign is public from its announcement), for the verification pages. */
    @Transactional(readOnly = true)
    public Campaign announced(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFound("supervision.review-campaign", id));
    }

    /** The draw's public record: everything needed to recompute it. Only once drawn. */
    @Transactional(readOnly = true)
    public PublishedSample publishedSample(long id) {
        Campaign c = announced(id);
        if (!c.isDrawn() || c.secret() == null || c.seed() == null || c.publicValue() == null
                || c.enteredBy() == null || c.enteredAt() == null) {
            throw new NotFound("supervision.review-draw", id);
        }
        CombinedSeed seed = new CombinedSeed(CombinedSeed.CONSTRUCTION, announcement(c), c.secret(),
                new CombinedSeed.Entry(c.publicValue(), c.enteredBy(), moment(c.enteredAt()), c.witnesses()),
                c.seed());
        List<String> lines = campaigns.directoryLines(id);
        List<Long> drawn = campaigns.files(id).stream().map(CampaignRepository.DrawnFile::caseId).toList();
        return new PublishedSample(PublishedSample.FORMAT, FileSampling.ALGORITHM,
                new PublishedSample.Campaign(c.code(), c.name(), c.region().value(), c.agencyIds()), c.sampleSize(),
                seed, new PublishedSample.Directory(c.directoryDigest(), c.directoryCount(), lines), drawn);
    }

    /** The directory of eligible files as announced, for anyone to keep before the draw. */
    @Transactional(readOnly = true)
    public List<String> directory(long id) {
        announced(id);
        return campaigns.directoryLines(id);
    }

    boolean isReviewerOf(SignedInUser user, Campaign campaign) {
        return user.officerId() != null && reviews.isReviewer(campaign.id(), user.officerId());
    }

    CombinedSeed.Announcement announcement(Campaign c) {
        return new CombinedSeed.Announcement(c.commitment(), c.randomnessSource(), c.randomnessIssue(),
                moment(c.publishedAt()), moment(c.readingAt()));
    }

    String moment(Instant instant) {
        return CombinedSeed.moment(instant.atZone(zone()).toOffsetDateTime());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private List<FieldProblem> problemsWith(SignedInUser user, CampaignForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.name() == null || form.name().isBlank() || form.name().length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "supervision.review.form.name", MAX_NAME));
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            problems.add(FieldProblem.of("year", "supervision.review.form.year"));
        }
        if (form.periodFrom() == null) {
            problems.add(FieldProblem.of("periodFrom", "supervision.review.form.period-from"));
        }
        if (form.periodTo() == null || form.periodFrom() != null && form.periodTo().isBefore(form.periodFrom())) {
            problems.add(FieldProblem.of("periodTo", "supervision.review.form.period-to"));
        }
        List<Long> own = agencies.within(org.fazhi.identity.DataScope.ofRegion(user.region())).stream()
                .map(AgencyOptions.Option::id).toList();
        if (form.agencyIds().isEmpty() || !own.containsAll(form.agencyIds())) {
            problems.add(FieldProblem.of("agencyIds", "supervision.review.form.agencies"));
        }
        try {
            sampleSizeOf(form);
        } catch (IllegalArgumentException invalid) {
            problems.add(FieldProblem.of("sampleValue", form.sampleKind() == SampleSize.Kind.SHARE
                    ? "supervision.review.form.sample.share" : "supervision.review.form.sample.count"));
        }
        if (form.randomnessSource() == null || !checklist.randomnessSources().contains(form.randomnessSource().strip())) {
            problems.add(FieldProblem.of("randomnessSource", "supervision.review.form.source"));
        }
        if (form.randomnessIssue() != null && !form.randomnessIssue().matches("[0-9]{0,10}")) {
            problems.add(FieldProblem.of("randomnessIssue", "supervision.review.form.issue"));
        }
        if (form.readingAt() == null || !form.readingAt().atZone(zone()).toInstant().isAfter(clock.instant())) {
            problems.add(FieldProblem.of("readingAt", "supervision.review.form.reading-at"));
        }
        return problems;
    }

    private static SampleSize sampleSizeOf(CampaignForm form) {
        if (form.sampleKind() == null || form.sampleValue() == null) {
            throw new IllegalArgumentException("no sample size");
        }
        return new SampleSize(form.sampleKind(), form.sampleValue().strip());
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        SECRETS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void requireSupervisor(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervision: only the county's supervisors manage review campaigns");
        }
    }

    private static void requireStaff(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.LEADER, Role.ADMIN, Role.AGENCY_ADMIN, Role.OFFICER)) {
            throw new AccessDeniedException("supervision: review campaigns are for staff");
        }
    }
}
