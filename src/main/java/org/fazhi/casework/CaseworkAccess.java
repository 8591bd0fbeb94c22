package org.fazhi.casework;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Casework's URL rules: staff read cases (the services narrow agency roles to their own agency's cases and refuse
 * enterprises); only an agency's officers and its legal office take steps (the procedure says which are the
 * head's, i.e. the legal office's). The justice bureau's supervisors, leaders and reconsideration staff read only.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkAccess {

    private static final String GROUP = "nav.group.casework";

    @Bean
    ModuleAccess caseworkRules() {
        return ModuleAccess.of("/casework/**", "/api/v1/casework/**")
                .writtenBy("AGENCY_ADMIN", "OFFICER")
                .link(GROUP, "nav.casework.cases", "/casework/cases", 400)
                .link(GROUP, "nav.casework.due-soon", "/casework/cases?dueSoon=true", 405)
                .link(GROUP, "nav.casework.measures", "/casework/measures", 410);
    }
}
