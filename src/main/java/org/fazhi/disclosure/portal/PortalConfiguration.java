package org.fazhi.disclosure.portal;

import java.util.List;
import java.util.Set;

import org.fazhi.platform.PublishedPages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's decision pages are published pages: the same for everyone, changed only when a decision is published,
 * withdrawn or expires ("disclosure"), or an agency's name, a township or the catalog's items and benchmarks they
 * show change ("registry", "catalog").
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    /** The area the publication writes report to PublishedContent. */
    static final String AREA = "disclosure";

    @Bean
    PublishedPages decisionPages() {
        return new PublishedPages(List.of(PortalSearchCounting.PATH + "/**"), Set.of(AREA, "registry", "catalog"));
    }

    /** Before the security filter chain (-100) and so before the published-pages cache inside it. */
    @Bean
    FilterRegistrationBean<PortalSearchCounting> portalSearchCounting(PortalSearches searches) {
        FilterRegistrationBean<PortalSearchCounting> registration =
                new FilterRegistrationBean<>(new PortalSearchCounting(searches));
        registration.addUrlPatterns(PortalSearchCounting.PATH);
        registration.setOrder(-200);
        return registration;
    }
}
