package org.fazhi.supervision.round;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rounds' and opinions' URL rules: the justice bureau's supervisors run rounds and issue opinions; agencies' legal
 * offices answer their own agency's opinions; leaders and administrators read. Which records and which actions,
 * the services decide (an agency's own opinions; only a supervisor accepts).
 */
@Configuration(proxyBeanMethods = false)
class RoundAccess {

    private static final String GROUP = "nav.group.supervision";

    @Bean
    ModuleAccess supervisionRoundRules() {
        return ModuleAccess.of("/supervision/rounds/**", "/supervision/opinions/**",
                        "/api/v1/supervision/rounds/**", "/api/v1/supervision/opinions/**")
                .readBy("SUPERVISOR", "AGENCY_ADMIN", "LEADER", "ADMIN")
                .writtenBy("SUPERVISOR", "AGENCY_ADMIN")
                .link(GROUP, "nav.supervision.rounds", "/supervision/rounds", 700,
                        new String[] {"SUPERVISOR", "LEADER", "ADMIN"})
                .link(GROUP, "nav.supervision.opinions", "/supervision/opinions", 710)
                .link(GROUP, "nav.supervision.to-answer", "/supervision/opinions/to-answer", 705,
                        new String[] {"AGENCY_ADMIN"});
    }
}
