package org.fazhi.supervision.alert;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The alerts' URL rules: the county's supervisors handle them; leaders and administrators read; an agency's legal
 * office and officers read the alerts about their own agency (the service narrows them). Enterprises and the
 * public have no business here.
 */
@Configuration(proxyBeanMethods = false)
class AlertAccess {

    static final String GROUP = "nav.group.supervision";

    @Bean
    ModuleAccess supervisionAlertRules() {
        return ModuleAccess.of("/supervision/alerts", "/supervision/alerts/**", "/api/v1/supervision/alerts",
                        "/api/v1/supervision/alerts/**")
                .readBy("SUPERVISOR", "LEADER", "ADMIN", "AGENCY_ADMIN", "OFFICER")
                .writtenBy("SUPERVISOR")
                .link(GROUP, "nav.supervision.alerts", "/supervision/alerts", 700);
    }
}
