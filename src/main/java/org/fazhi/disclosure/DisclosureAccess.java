package org.fazhi.disclosure;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Disclosure's URL rules: the agencies' legal offices (法制机构) review and publish their agency's decisions; the
 * justice bureau's supervisors and the county's leaders read; officers, who made the decisions, do not review their
 * own publication. Which publications, the service decides (its agency, or the county above it); the live page
 * (执法决定实时推送) streams each reader its own scope.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureAccess {

    private static final String GROUP = "nav.group.disclosure";

    @Bean
    ModuleAccess disclosureRules() {
        return ModuleAccess.of("/disclosure/**", "/api/v1/disclosure/**")
                .readBy("AGENCY_ADMIN", "SUPERVISOR", "LEADER", "ADMIN")
                .writtenBy("AGENCY_ADMIN")
                .link(GROUP, "nav.disclosure.publications", "/disclosure/publications", 600)
                .link(GROUP, "nav.disclosure.live", "/disclosure/live", 610);
    }
}
