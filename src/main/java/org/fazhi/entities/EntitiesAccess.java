package org.fazhi.entities;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

@Configuration(proxyBeanMethods = false)
class EntitiesAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/entities/**", "/api/v1/entities/**").hasAnyRole(STAFF);
        requests.requestMatchers("/entities/**", "/api/v1/entities/**").hasAnyRole("ADMIN", "SUPERVISOR", "AGENCY_ADMIN");
    }

    @Bean
    NavigationEntry partiesLink() {
        return new NavigationEntry("nav.group.entities", "nav.entities.parties", "/entities/parties", List.of(STAFF), 300);
    }
}
