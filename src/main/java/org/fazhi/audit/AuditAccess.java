package org.fazhi.audit;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Only administrators read the audit trail (the audit-administrator duty, security.md). */
@Configuration(proxyBeanMethods = false)
class AuditAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/audit/**").hasRole("ADMIN");
    }

    @Bean
    NavigationEntry auditLink() {
        return new NavigationEntry("nav.group.system", "nav.audit.trail", "/admin/audit", List.of("ADMIN"), 910);
    }
}
