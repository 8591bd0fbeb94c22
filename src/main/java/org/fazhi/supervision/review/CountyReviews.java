package org.fazhi.supervision.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A county's review history for the province generator (supervision.SupervisionGeneration): per year, one campaign
 * over every agency's files closed that year, 3 files per agency, two reviewers per file drawn from two certified
 * officers of each agency.
 */
@Component
public class CountyReviews {

    /** What was written for a county. */
    public record Written(int campaigns, long files, long scores, long problems, long millis) {
    }

    private final PastReviews past;
    private final AgencyOptions agencies;
    private final OfficerOptions officers;
    private final JdbcClient jdbc;

    CountyReviews(PastReviews past, AgencyOptions agencies, OfficerOptions officers, JdbcClient jdbc) {
        this.past = past;
        this.agencies = agencies;
        this.officers = officers;
        this.jdbc = jdbc;
    }

    public Written generate(RegionCode county, int fromYear, int toYear, long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed ^ 0x5EED_A7C4L);
        List<Long> agencyIds = agencyIds(county);
        List<ReviewRepository.Reviewer> reviewers = reviewers(agencyIds);
        int campaigns = 0;
        long files = 0;
        long scores = 0;
        long problems = 0;
        for (int year = fromYear; year <= toYear && !agencyIds.isEmpty() && reviewers.size() > 1; year++) {
            var written = past.record(county, year + "年度行政执法案卷评查", year, agencyIds, SampleSize.count(3),
                    reviewers, 2, LocalDate.of(year + 1, 1, 9 + random.nextInt(10)), true, random);
            if (written.isPresent()) {
                campaigns++;
                files += written.get().files();
                scores += written.get().scores();
                problems += written.get().problems();
            }
        }
        return new Written(campaigns, files, scores, problems, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The demo county's campaigns: last year's finished, with its scores (excellent files among them), and this
     * year's drawn ten days ago and not yet scored.
     */
    public void demo(RegionCode county, LocalDate today) {
        List<Long> agencyIds = agencyIds(county);
        List<ReviewRepository.Reviewer> reviewers = reviewers(agencyIds);
        if (reviewers.size() < 2) {
            return;
        }
        Random random = new Random(20_261_205L);
        int lastYear = today.getYear() - 1;
        past.record(county, lastYear + "年度行政执法案卷评查", lastYear, agencyIds, SampleSize.count(3), reviewers, 2,
                today.minusDays(200), true, random);
        past.record(county, today.getYear() + "年度行政执法案卷评查", today.getYear(), agencyIds, SampleSize.count(2),
                reviewers, 2, today.minusDays(10), false, random);
    }

    private List<Long> agencyIds(RegionCode county) {
        return agencies.within(DataScope.ofRegion(county)).stream().map(AgencyOptions.Option::id).toList();
    }

    /** Two certified officers of each agency. */
    private List<ReviewRepository.Reviewer> reviewers(List<Long> agencyIds) {
        List<ReviewRepository.Reviewer> reviewers = new ArrayList<>();
        for (long agency : agencyIds) {
            officers.certifiedOf(agency).stream().limit(2).forEach(officer -> reviewers.add(
                    new ReviewRepository.Reviewer(officer.id(), officer.name(), officer.agencyId())));
        }
        return reviewers;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from supervision.review_campaign where region_code like ?)")
                .param(county.value() + "%").query(Boolean.class).single();
    }
}
