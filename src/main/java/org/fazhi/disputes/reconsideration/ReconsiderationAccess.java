package org.fazhi.disputes.reconsideration;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reconsideration's URL rules: the body's staff (RECONSIDERATION) do everything, the respondent agencies' legal
 * offices read and answer (the service narrows them to their own cases and the answer), supervisors and leaders
 * read. Officers and enterprises are refused at the door.
 */
@Configuration(proxyBeanMethods = false)
class ReconsiderationAccess {

    @Bean
    ModuleAccess reconsiderationRules() {
        return ModuleAccess.of("/disputes/reconsiderations/**", "/api/v1/disputes/reconsiderations/**")
                .readBy("RECONSIDERATION", "SUPERVISOR", "LEADER", "AGENCY_ADMIN")
                .writtenBy("RECONSIDERATION", "AGENCY_ADMIN")
                .link("nav.group.disputes", "nav.disputes.reconsiderations", "/disputes/reconsiderations", 800)
                .link("nav.group.disputes", "nav.disputes.reconsiderations.overdue",
                        "/disputes/reconsiderations?overdue=true", 805);
    }

    /** 行政复议意见书: the body issues, the agency's legal office reads its own and replies (the service narrows). */
    @Bean
    ModuleAccess reconsiderationOpinionRules() {
        return ModuleAccess.of("/disputes/reconsideration-opinions/**", "/api/v1/disputes/reconsideration-opinions/**")
                .readBy("RECONSIDERATION", "SUPERVISOR", "LEADER", "AGENCY_ADMIN")
                .writtenBy("RECONSIDERATION", "AGENCY_ADMIN")
                .link("nav.group.disputes", "nav.disputes.opinions", "/disputes/reconsideration-opinions", 810);
    }
}
