package org.fazhi.reporting;

import java.util.List;

import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavigationEntry dashboardLink() {
        return new NavigationEntry("nav.group.overview", "nav.reporting.dashboard", "/", List.of(), 0);
    }
}
