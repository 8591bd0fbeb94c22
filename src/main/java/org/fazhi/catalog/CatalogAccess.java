package org.fazhi.catalog;

import java.util.List;
import java.util.Set;

import org.fazhi.identity.ModuleAccess;
import org.fazhi.platform.PublishedPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static org.fazhi.identity.AccessRules.STAFF;

/**
 * Any staff member may run a discretion-benchmark check; staff read the catalog; the justice bureau and agencies'
 * legal offices write it (which agency's records, the services decide). The public reads the lists in force under
 * {@code /public/catalog}, open to everyone.
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccess {

    private static final String GROUP = "nav.group.catalog";

    @Bean
    ModuleAccess catalogRules() {
        return ModuleAccess.of("/catalog/**", "/api/v1/catalog/**")
                .only(HttpMethod.POST, STAFF, "/api/v1/catalog/benchmarks/check")
                .link(GROUP, "nav.catalog.items", "/catalog/items", 200)
                .link(GROUP, "nav.catalog.check-points", "/catalog/check-points", 210)
                .link(GROUP, "nav.catalog.benchmarks", "/catalog/benchmarks", 230)
                .link(GROUP, "nav.catalog.flexible", "/catalog/flexible", 240);
    }

    /** What the portal shows of the catalog: the catalog's own records, with agencies' names from the registry. */
    @Bean
    PublishedPages catalogPublicPages() {
        return new PublishedPages(List.of("/public/catalog/**"), Set.of("catalog", "registry"));
    }
}
