package org.fazhi.catalog;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The catalog's URL rules, all here so their order is plain (the first matching rule wins): any staff member may
 * run a discretion-benchmark check; staff read the catalog; the justice bureau and agencies' legal offices write it
 * (which agency's records, the services decide). The public reads the lists in force under {@code /public/catalog},
 * open to everyone.
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccess implements AccessRules {

    private static final String[] WRITERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN"};
    private static final List<String> READERS = List.of(STAFF);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/catalog/benchmarks/check").hasAnyRole(STAFF);
        requests.requestMatchers(HttpMethod.GET, "/catalog/**", "/api/v1/catalog/**").hasAnyRole(STAFF);
        requests.requestMatchers("/catalog/**", "/api/v1/catalog/**").hasAnyRole(WRITERS);
    }

    @Bean
    NavigationEntry itemsLink() {
        return new NavigationEntry("nav.group.catalog", "nav.catalog.items", "/catalog/items", READERS, 200);
    }

    @Bean
    NavigationEntry checklistsLink() {
        return new NavigationEntry("nav.group.catalog", "nav.catalog.check-points", "/catalog/check-points", READERS,
                210);
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
