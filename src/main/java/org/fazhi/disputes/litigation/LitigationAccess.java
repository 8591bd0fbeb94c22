package org.fazhi.disputes.litigation;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Litigation's URL rules: the justice bureau and the reconsideration body follow every lawsuit of the county, the
 * defendant agencies' legal offices read theirs and record defence and hearings (the service narrows them), leaders
 * read. Officers and enterprises are refused at the door.
 */
@Configuration(proxyBeanMethods = false)
class LitigationAccess {

    @Bean
    ModuleAccess litigationRules() {
        return ModuleAccess.of("/disputes/lawsuits/**", "/api/v1/disputes/lawsuits/**", "/disputes/suggestions/**",
                        "/api/v1/disputes/suggestions/**", "/disputes/court-links/**",
                        "/api/v1/disputes/court-links/**")
                .readBy("SUPERVISOR", "RECONSIDERATION", "LEADER", "AGENCY_ADMIN")
                .writtenBy("SUPERVISOR", "RECONSIDERATION", "AGENCY_ADMIN")
                .link("nav.group.disputes", "nav.disputes.lawsuits", "/disputes/lawsuits", 820)
                .link("nav.group.disputes", "nav.disputes.suggestions", "/disputes/suggestions", 825)
                .link("nav.group.disputes", "nav.disputes.court-links", "/disputes/court-links", 830);
    }
}
