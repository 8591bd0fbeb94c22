package org.fazhi.registry;

import java.util.List;
import java.util.Set;

import org.fazhi.identity.ModuleAccess;
import org.fazhi.platform.PublishedPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Staff read the registry within their data scope; the justice bureau and agencies' legal offices write it
 * (finer rules in {@code RegistryPermissions}). Enterprises have no business here.
 */
@Configuration(proxyBeanMethods = false)
class RegistryAccess {

    private static final String GROUP = "nav.group.registry";

    @Bean
    ModuleAccess registryRules() {
        return ModuleAccess.of("/registry/**", "/api/v1/registry/**")
                .link(GROUP, "nav.registry.regions", "/registry/regions", 100)
                .link(GROUP, "nav.registry.agencies", "/registry/agencies", 110)
                .link(GROUP, "nav.registry.officers", "/registry/officers", 120)
                .link(GROUP, "nav.registry.certificates", "/registry/certificates", 130)
                .link(GROUP, "nav.registry.training", "/registry/training", 140)
                .link(GROUP, "nav.registry.exams", "/registry/exams", 150);
    }

    /** The public registry pages (agencies, officers, the certificate check) show what the registry holds. */
    @Bean
    PublishedPages registryPublishedPages() {
        return new PublishedPages(List.of("/public/agencies/**", "/public/officers/**", "/public/certificates/**"),
                Set.of("registry"));
    }
}
