package org.fazhi.governance.normative;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Normative documents' URL rules: the justice bureau (SUPERVISOR) and the drafting agencies' legal offices
 * (AGENCY_ADMIN) read and write (the service narrows an agency to its own drafts and the bureau's steps to the
 * bureau), leaders read. Officers and enterprises are refused at the door.
 */
@Configuration(proxyBeanMethods = false)
class NormativeAccess {

    @Bean
    ModuleAccess normativeDocumentRules() {
        return ModuleAccess.of("/governance/normative-documents/**", "/api/v1/governance/normative-documents/**")
                .readBy("SUPERVISOR", "LEADER", "AGENCY_ADMIN")
                .writtenBy("SUPERVISOR", "AGENCY_ADMIN")
                .link("nav.group.governance", "nav.governance.normative-documents", "/governance/normative-documents",
                        900)
                .link("nav.group.governance", "nav.governance.normative-expiring",
                        "/governance/normative-documents?expiring=true", 905)
                .link("nav.group.governance", "nav.governance.normative-cleanups",
                        "/governance/normative-documents/cleanups", 910, new String[] {"SUPERVISOR", "LEADER"});
    }
}
