package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.casework.ClosedCaseFiles;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Directories;
import org.fazhi.platform.FieldCipher;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns of the past, for the demo county and the province generator: announced, drawn (a public drawing
 * session's 8-digit value, so the draws stay verifiable like any other) and reviewed on the days given, by the
 * reviewers given, with scores from a seeded random source. Not a user's action: no role checks, no events.
 */
@Component
class PastReviews {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String SESSION = "公开抽签会";

    /** What was written for one campaign. */
    record Written(long campaignId, int files, int scores, int problems) {
    }

    private final CampaignRepository campaigns;
    private final ReviewRepository reviews;
    private final ClosedCaseFiles closedFiles;
    private final ReviewChecklist checklist;
    private final FieldCipher cipher;

    PastReviews(CampaignRepository campaigns, ReviewRepository reviews, ClosedCaseFiles closedFiles,
                ReviewChecklist checklist, FieldCipher cipher) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.closedFiles = closedFiles;
        this.checklist = checklist;
        this.cipher = cipher;
    }

    /**
     * The year's campaign over the files closed in the year, announced on {@code announcedOn}, drawn two days later,
     * reviewed by {@code perFile} of the reviewers (never of the file's agency); {@code scored} false leaves the
     * campaign in progress with nothing scored. Empty when the agencies closed nothing that year.
     */
    @Transactional
    java.util.Optional<Written> record(RegionCode county, String name, int year, List<Long> agencyIds, SampleSize size,
                                       List<ReviewRepository.Reviewer> reviewers, int perFile, LocalDate announcedOn,
                                       boolean scored, Random random) {
        List<CaseFileEntry> directory = closedFiles.closedBetween(county, agencyIds, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)).stream()
                .map(file -> new CaseFileEntry(file.caseId(), file.agencyId(), file.caseCode())).toList();
        if (directory.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> lines = FileSampling.lines(directory);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Instant publishedAt = announcedOn.atTime(LocalTime.of(9, 30)).atZone(BEIJING).toInstant();
        Instant readingAt = announcedOn.plusDays(2).atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
        Instant enteredAt = readingAt.plusSeconds(600);
        String commitment = CombinedSeed.commitmentOf(secret, SESSION, null, moment(readingAt));
        long id = campaigns.insert(new CampaignRepository.Announced(county, name, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), agencyIds, size, SESSION, null, readingAt, publishedAt, commitment,
                cipher.encrypt(secret), lines, Directories.digest(lines), "generator"));
        String value = String.format("%08d", random.nextInt(100_000_000));
        String seed = CombinedSeed.seedOf(secret, value);
        Campaign campaign = campaigns.find(id).orElseThrow();
        campaigns.recordDraw(campaign, value, List.of("见证人甲", "见证人乙"), "generator", enteredAt, secret, seed);
        Map<Long, CaseFileEntry> byCase = directory.stream()
                .collect(Collectors.toMap(CaseFileEntry::caseId, Function.identity()));
        List<Long> drawn = FileSampling.draw(directory, size, seed);
        for (int i = 0; i < drawn.size(); i++) {
            campaigns.insertFile(id, county, byCase.get(drawn.get(i)), i + 1);
        }
        reviewers.forEach(reviewer -> reviews.addReviewer(id, reviewer));
        int scores = 0;
        int problems = 0;
        int next = random.nextInt(Math.max(1, reviewers.size()));
        for (CampaignRepository.DrawnFile file : campaigns.files(id)) {
            List<ReviewRepository.Reviewer> on = new ArrayList<>();
            for (int tried = 0; tried < reviewers.size() && on.size() < perFile; tried++) {
                ReviewRepository.Reviewer reviewer = reviewers.get(next++ % reviewers.size());
                if (reviewer.agencyId() != file.agencyId()) {
                    reviews.assign(file.id(), reviewer.officerId());
                    on.add(reviewer);
                }
            }
            if (!scored) {
                continue;
            }
            int quality = random.nextInt(16);
            for (ReviewRepository.Reviewer reviewer : on) {
                Map<String, BigDecimal> points = new LinkedHashMap<>();
                checklist.parts().forEach(part -> part.items().forEach(item -> points.put(item.code(),
                        BigDecimal.valueOf(Math.max(0, item.points() - lost(quality, random))))));
                BigDecimal total = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                Instant at = enteredAt.plusSeconds(86_400L * (7 + random.nextInt(30)));
                reviews.recordScores(file.id(), reviewer.officerId(), points, checklist, total, null, at);
                scores++;
                for (Map.Entry<String, BigDecimal> item : points.entrySet()) {
                    ReviewChecklist.Item full = checklist.item(item.getKey()).orElseThrow();
                    if (item.getValue().intValue() < full.points() && random.nextInt(3) == 0) {
                        reviews.addProblem(file.id(), reviewer.officerId(), file.region(), file.agencyId(),
                                checklist.partOf(full.code()).orElseThrow().code(), full.code(),
                                "不符合：" + full.text(), LocalDate.ofInstant(at, BEIJING));
                        problems++;
                    }
                }
            }
        }
        if (scored) {
            campaigns.finish(campaigns.find(id).orElseThrow(), LocalDate.ofInstant(enteredAt, BEIJING).plusDays(40));
        }
        return java.util.Optional.of(new Written(id, drawn.size(), scores, problems));
    }

    /** Points lost on one item: most files lose few, the poorer ones (high quality number) more. */
    private static int lost(int quality, Random random) {
        return random.nextInt(10) < quality / 4 ? 1 + random.nextInt(2) : 0;
    }

    private static String moment(Instant instant) {
        return CombinedSeed.moment(instant.atZone(BEIJING).toOffsetDateTime());
    }
}
