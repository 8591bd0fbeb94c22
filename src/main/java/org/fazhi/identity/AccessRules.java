package org.fazhi.identity;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules: which roles may read and which may write its pages and API. Each module declares one
 * bean; the security configuration applies them all before its catch-all rule, so the rules for a module sit in
 * that module. Object-level checks (data scope) stay in the module's services.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

    /** Roles that read the registry-like pages of staff: everyone but enterprises. */
    String[] STAFF = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN", "OFFICER", "RECONSIDERATION", "LEADER"};

    /** Roles that keep registers: the justice bureau and agencies' legal offices. */
    String[] KEEPERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN"};

    /** The keepers and the officers who inspect. */
    String[] KEEPERS_AND_OFFICERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN", "OFFICER"};
}
