package org.fazhi.catalog.benchmark;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Staff read benchmarks and flexible lists within their data scope, and any of them may run a benchmark check;
 * the justice bureau and agencies' legal offices write them (finer rules in {@code ItemKeepers}).
 */
@Configuration(proxyBeanMethods = false)
class BenchmarkAccess implements AccessRules {

    private static final String[] WRITERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN"};
    private static final String[] PATHS = {"/catalog/benchmarks/**", "/catalog/flexible/**",
            "/api/v1/catalog/benchmarks/**", "/api/v1/catalog/flexible/**"};
    private static final List<String> READERS = List.of(STAFF);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/catalog/benchmarks/check").hasAnyRole(STAFF);
        requests.requestMatchers(HttpMethod.GET, PATHS).hasAnyRole(STAFF);
        requests.requestMatchers(PATHS).hasAnyRole(WRITERS);
    }

    @Bean
    NavigationEntry benchmarksLink() {
        return new NavigationEntry("nav.group.catalog", "nav.catalog.benchmarks", "/catalog/benchmarks", READERS, 230);
    }

    @Bean
    NavigationEntry flexibleListsLink() {
        return new NavigationEntry("nav.group.catalog", "nav.catalog.flexible", "/catalog/flexible", READERS, 240);
    }
}
