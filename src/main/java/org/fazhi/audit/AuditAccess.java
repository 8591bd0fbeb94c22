package org.fazhi.audit;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only administrators read the audit trail (the audit-administrator duty, security.md). */
@Configuration(proxyBeanMethods = false)
class AuditAccess {

    @Bean
    ModuleAccess auditRules() {
        return ModuleAccess.of("/admin/audit/**").readBy("ADMIN").writtenBy("ADMIN")
                .link("nav.group.system", "nav.audit.trail", "/admin/audit", 910);
    }
}
