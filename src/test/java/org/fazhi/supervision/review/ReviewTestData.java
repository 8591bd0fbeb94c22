package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.TestClock;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Review campaigns over the demo county's closed cases for tests: announced (the reading moment a day ago, as if
 * published two days ago), drawn before witnesses, and reviewers from an agency outside the campaign.
 */
@Component
public class ReviewTestData {

    public static final List<String> WITNESSES = List.of("见证人甲乙", "见证人丙丁");

    private final ReviewCampaigns campaigns;
    private final FileReviews reviews;
    private final ReviewChecklist checklist;
    private final RegistryTestData registry;
    private final TestClock clock;
    private final JdbcClient jdbc;

    ReviewTestData(ReviewCampaigns campaigns, FileReviews reviews, ReviewChecklist checklist,
                   RegistryTestData registry, TestClock clock, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.checklist = checklist;
        this.registry = registry;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The demo county's agencies with cases closed in the last 400 days. */
    List<Long> agenciesWithClosedFiles() {
        return jdbc.sql("""
                        select agency_id from casework.penalty_case where region_code like '410425%'
                        and state in ('CLOSED', 'ARCHIVED') and closed_on >= current_date - 400
                        group by agency_id order by agency_id""")
                .query(Long.class).list();
    }

    /** Announced two days ago, its public value readable since yesterday, not drawn. */
    public long announced(String name) {
        LocalDateTime readingAt = LocalDateTime.now(clock).minusDays(1);
        return clock.earlierBy(Duration.ofDays(2), () -> campaigns.announce(RegistryTestData.supervisor(),
                new CampaignForm(name, LocalDate.now(clock).getYear(), LocalDate.now(clock).minusDays(400),
                        LocalDate.now(clock), agenciesWithClosedFiles(), SampleSize.Kind.COUNT, "2", "公开抽签会",
                        null, readingAt)));
    }

    public long drawn(String name) {
        long id = announced(name);
        campaigns.draw(RegistryTestData.supervisor(), id, "40417362", WITNESSES);
        return id;
    }

    /** An officer of an agency outside the campaign, as he signs in. */
    SignedInUser reviewer(Agency outside, String name) {
        long officerId = registry.officer(outside, name).id();
        return new SignedInUser(970_000 + officerId, "reviewer-" + officerId, name, Role.OFFICER,
                RegistryTestData.COUNTY, outside.id(), null, officerId, true, false, false, null);
    }

    /** Names the reviewer and puts him on the file. */
    void assign(long campaignId, long fileId, SignedInUser reviewer) {
        reviews.nameReviewer(RegistryTestData.supervisor(), campaignId, reviewer.officerId());
        reviews.assign(RegistryTestData.supervisor(), fileId, reviewer.officerId());
    }

    /** Full points on every item but {@code zeroed} (none for full marks). */
    ScoreForm score(String zeroed, List<ScoreForm.FoundProblem> problems) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        checklist.parts().forEach(part -> part.items().forEach(item -> points.put(item.code(),
                item.code().equals(zeroed) ? BigDecimal.ZERO : BigDecimal.valueOf(item.points()))));
        return new ScoreForm(points, problems, null);
    }

    int pointsOf(String item) {
        return checklist.item(item).orElseThrow().points();
    }

    int fullMarks() {
        return checklist.parts().stream().mapToInt(ReviewChecklist.Part::points).sum();
    }
}
