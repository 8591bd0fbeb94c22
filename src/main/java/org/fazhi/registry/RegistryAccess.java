package org.fazhi.registry;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Staff read the registry within their data scope; the justice bureau and agencies' legal offices write it
 * (finer rules in {@code RegistryPermissions}). Enterprises have no business here.
 */
@Configuration(proxyBeanMethods = false)
class RegistryAccess implements AccessRules {

    private static final String[] WRITERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN"};
    private static final List<String> READERS = List.of(STAFF);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/registry/**", "/api/v1/registry/**").hasAnyRole(STAFF);
        requests.requestMatchers("/registry/**", "/api/v1/registry/**").hasAnyRole(WRITERS);
    }

    @Bean
    NavigationEntry regionsLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.regions", "/registry/regions", READERS, 100);
    }

    @Bean
    NavigationEntry agenciesLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.agencies", "/registry/agencies", READERS, 110);
    }

    @Bean
    NavigationEntry officersLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.officers", "/registry/officers", READERS, 120);
    }

    @Bean
    NavigationEntry certificatesLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.certificates", "/registry/certificates", READERS, 130);
    }

    @Bean
    NavigationEntry trainingLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.training", "/registry/training", READERS, 140);
    }

    @Bean
    NavigationEntry examsLink() {
        return new NavigationEntry("nav.group.registry", "nav.registry.exams", "/registry/exams", READERS, 150);
    }
}
