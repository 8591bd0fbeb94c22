package org.fazhi.identity;

import java.util.List;

import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/account/**").authenticated();
        requests.requestMatchers("/admin/accounts/**").hasRole("ADMIN");
    }

    @Bean
    NavigationEntry accountsLink() {
        return new NavigationEntry("nav.group.system", "nav.identity.accounts", "/admin/accounts", List.of("ADMIN"), 900);
    }
}
