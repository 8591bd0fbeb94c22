package org.fazhi.entities;

import org.fazhi.identity.ModuleAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff read the party register within their scope; the bureau and agencies' legal offices keep it. */
@Configuration(proxyBeanMethods = false)
class EntitiesAccess {

    @Bean
    ModuleAccess entitiesRules() {
        return ModuleAccess.of("/entities/**", "/api/v1/entities/**")
                .link("nav.group.entities", "nav.entities.parties", "/entities/parties", 300);
    }
}
