package org.fazhi.disclosure.feed;

import java.util.List;
import java.util.Set;

import org.fazhi.platform.PublishedPages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feed is a published page: the same for everyone, changing only when an entry is appended (the appending
 * transaction calls {@code PublishedContent.changed("disclosure")}). Its format filter runs after the security
 * filters (-100) and before the published pages' cache (0).
 */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    static final String FEED = "/api/v1/public/disclosure/feed";

    @Bean
    PublishedPages disclosureFeedPages() {
        return new PublishedPages(List.of("/api/v1/public/disclosure/**"), Set.of("disclosure"));
    }

    @Bean
    FilterRegistrationBean<FeedFormat> feedFormat() {
        FilterRegistrationBean<FeedFormat> registration = new FilterRegistrationBean<>(new FeedFormat());
        registration.addUrlPatterns(FEED);
        registration.setOrder(-1);
        return registration;
    }
}
