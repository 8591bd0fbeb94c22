package org.fazhi.governance.decision;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Major decisions' URL rules: the justice bureau (SUPERVISOR) and the undertaking agencies' legal offices
 * (AGENCY_ADMIN) read and write (the service narrows an agency to its own decisions and the catalogue and legality
 * review to the bureau), leaders read. Officers and enterprises are refused at the door.
 */
@Configuration(proxyBeanMethods = false)
class DecisionAccess {

    @Bean
    ModuleAccess majorDecisionRules() {
        return ModuleAccess.of("/governance/major-decisions/**", "/api/v1/governance/major-decisions/**")
                .readBy("SUPERVISOR", "LEADER", "AGENCY_ADMIN")
                .writtenBy("SUPERVISOR", "AGENCY_ADMIN")
                .link("nav.group.governance", "nav.governance.major-decisions", "/governance/major-decisions", 920);
    }
}
