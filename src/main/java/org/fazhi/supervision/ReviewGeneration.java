package org.fazhi.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.review.CountyReviews;
import org.springframework.stereotype.Service;

/**
 * Generated case-file review history for province-scale datasets: for a county whose cases were generated, one
 * campaign a year over the five years before this one, each drawing a few closed files per agency with the
 * verifiable draw and scoring them by reviewers of other agencies. Deterministic for a seed.
 */
@Service
public class ReviewGeneration {

    /** What was generated for one county. */
    public record County(int campaigns, long files, long scores, long problems, long millis) {
    }

    private static final int YEARS = 5;

    private final CountyReviews reviews;
    private final Clock clock;

    ReviewGeneration(CountyReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    public County generateCounty(RegionCode county, long seed) {
        int thisYear = LocalDate.now(clock).getYear();
        CountyReviews.Written w = reviews.generate(county, thisYear - YEARS, thisYear - 1, seed);
        return new County(w.campaigns(), w.files(), w.scores(), w.problems(), w.millis());
    }

    /** Whether the county has review campaigns: a generator resuming a province skips it. */
    public boolean hasReviews(RegionCode county) {
        return reviews.hasAny(county);
    }
}
