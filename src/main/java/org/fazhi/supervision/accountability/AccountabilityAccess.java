package org.fazhi.supervision.accountability;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Accountability's URL rules: the bureau's supervisors record; leaders, administrators and legal offices read. */
@Configuration(proxyBeanMethods = false)
class AccountabilityAccess {

    @Bean
    ModuleAccess accountabilityRules() {
        return ModuleAccess.of("/supervision/accountability/**", "/api/v1/supervision/accountability/**")
                .readBy("SUPERVISOR", "LEADER", "ADMIN", "AGENCY_ADMIN")
                .writtenBy("SUPERVISOR")
                .link("nav.group.supervision", "nav.supervision.accountability", "/supervision/accountability", 750);
    }
}
