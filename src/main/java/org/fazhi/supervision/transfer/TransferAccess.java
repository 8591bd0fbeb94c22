package org.fazhi.supervision.transfer;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Transfers' URL rules: the agencies' handlers and legal offices take the steps of their own transfers (the service
 * narrows them to their agency); the bureau's supervisors, leaders and administrators read the county's.
 */
@Configuration(proxyBeanMethods = false)
class TransferAccess {

    @Bean
    ModuleAccess transferRules() {
        return ModuleAccess.of("/supervision/transfers/**", "/api/v1/supervision/transfers/**")
                .readBy("AGENCY_ADMIN", "OFFICER", "SUPERVISOR", "LEADER", "ADMIN")
                .writtenBy("AGENCY_ADMIN", "OFFICER")
                .link("nav.group.supervision", "nav.supervision.transfers", "/supervision/transfers", 740)
                .link("nav.group.supervision", "nav.supervision.transfers.pending",
                        "/supervision/transfers?overdue=true", 745);
    }
}
