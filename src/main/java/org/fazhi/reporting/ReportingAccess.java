package org.fazhi.reporting;

import org.fazhi.identity.AccessRules;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Indicators are for staff; enterprises and the public see only what the disclosure portal publishes. */
@Configuration(proxyBeanMethods = false)
class ReportingAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/indicators/**").hasAnyRole(STAFF);
    }
}
