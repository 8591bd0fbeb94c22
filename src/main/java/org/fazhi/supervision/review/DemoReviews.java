package org.fazhi.supervision.review;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.platform.DemoMode;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's case-file reviews, so the campaign list, a campaign's files, the excellent files and the
 * indicators have something to show: last year's campaign finished and scored, this year's in progress. Runs once,
 * after the demo cases (order 40) were closed; never outside demo mode.
 */
@Component
@Order(50)
class DemoReviews implements ApplicationRunner {

    private final DemoMode demoMode;
    private final CountyReviews reviews;
    private final Clock clock;
    private final RegionCode county;

    DemoReviews(DemoMode demoMode, CountyReviews reviews, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.reviews = reviews;
        this.clock = clock;
        this.county = RegionCode.of(county);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || reviews.hasAny(county)) {
            return;
        }
        reviews.demo(county, LocalDate.now(clock));
    }
}
