package org.fazhi.supervision.review;

import java.util.List;
import java.util.Set;

import org.fazhi.identity.ModuleAccess;
import org.fazhi.platform.PublishedPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Case-file review's URL rules: the county's supervisors run campaigns; reviewers (officers of any agency, the
 * bureau's supervisors included) score the files assigned to them; agency staff read their own files' results;
 * leaders read. Which campaign and file, the services decide. The draw's public record and its verification are
 * under {@code /public/supervision/reviews}, open to anyone like the inspection plans' draws.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAccess {

    private static final String GROUP = "nav.group.supervision";
    private static final String[] REVIEWERS = {"SUPERVISOR", "AGENCY_ADMIN", "OFFICER"};

    @Bean
    ModuleAccess reviewRules() {
        return ModuleAccess.of("/supervision/reviews/**", "/api/v1/supervision/reviews/**")
                .readBy("SUPERVISOR", "LEADER", "ADMIN", "AGENCY_ADMIN", "OFFICER")
                .writtenBy("SUPERVISOR")
                .alsoWrittenBy(REVIEWERS, "/supervision/reviews/files/*/score",
                        "/api/v1/supervision/reviews/files/*/scores")
                .link(GROUP, "nav.supervision.reviews", "/supervision/reviews", 730)
                .link(GROUP, "nav.supervision.reviews.excellent", "/supervision/reviews/excellent", 731);
    }

    /**
     * The drawn campaigns' directory, sample and verification (JSON, and the verification page): public, cached until
     * a campaign is announced or drawn; agencies' names come from the registry.
     */
    @Bean
    PublishedPages reviewPublicPages() {
        return new PublishedPages(List.of("/public/supervision/reviews/**", "/api/v1/public/supervision/reviews/**"),
                Set.of(CampaignRepository.PUBLISHED_AREA, "registry"));
    }
}
