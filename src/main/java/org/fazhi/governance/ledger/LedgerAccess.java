package org.fazhi.governance.ledger;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledgers' URL rules: the county's bureau, leaders, agencies' legal offices and officers read (the service
 * narrows agencies to their own entries); the bureau and the legal offices record. Declaring a county's own type is
 * the bureau's alone. Enterprises are refused at the door.
 */
@Configuration(proxyBeanMethods = false)
class LedgerAccess {

    @Bean
    ModuleAccess ledgerRules() {
        return ModuleAccess.of("/governance/ledgers/**", "/api/v1/governance/ledgers/**")
                .only(org.springframework.http.HttpMethod.POST, new String[] {"SUPERVISOR"}, "/api/v1/governance/ledgers")
                .readBy("SUPERVISOR", "LEADER", "AGENCY_ADMIN", "OFFICER")
                .writtenBy("SUPERVISOR", "AGENCY_ADMIN")
                .link("nav.group.ledgers", "nav.governance.ledgers", "/governance/ledgers", 900);
    }

    @Bean
    ModuleAccess ledgerTypeRules() {
        return ModuleAccess.of("/governance/ledger-types/**")
                .readBy("SUPERVISOR")
                .writtenBy("SUPERVISOR")
                .link("nav.group.ledgers", "nav.governance.ledger-types", "/governance/ledger-types", 905);
    }
}
