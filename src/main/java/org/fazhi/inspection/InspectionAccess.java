package org.fazhi.inspection;

import java.util.List;

import org.fazhi.identity.AccessRules;
import org.fazhi.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The inspection module's URL rules (first match wins): staff read plans and draws; the justice bureau and the
 * agencies' legal offices write them; officers ask for inspections and declare conflicts of interest (the services
 * decide who may do what to which task). Anyone may open a scanned visit code under {@code /visit}. Which plan and which
 * officer a user may touch, the services decide. Published plans and draws are under {@code /public/inspection}.
 */
@Configuration(proxyBeanMethods = false)
class InspectionAccess implements AccessRules {

    private static final String[] WRITERS = {"ADMIN", "SUPERVISOR", "AGENCY_ADMIN"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/visit/**").permitAll();
        requests.requestMatchers(HttpMethod.POST, "/visit/*/location").permitAll();
        requests.requestMatchers("/inspection/licence-scans/**", "/api/v1/inspection/licence-check-ins/**")
                .hasRole("OFFICER");
        requests.requestMatchers("/enterprise/**").hasRole("ENTERPRISE");
        requests.requestMatchers("/inspection/conflicts/**", "/api/v1/inspection/conflicts/**")
                .hasAnyRole(WRITERS[0], WRITERS[1], WRITERS[2], "OFFICER");
        requests.requestMatchers(HttpMethod.GET, "/inspection/**", "/api/v1/inspection/**").hasAnyRole(STAFF);
        requests.requestMatchers("/inspection/tasks/**", "/inspection/other-visits/**", "/inspection/joint-visits/**")
                .hasAnyRole(WRITERS[0], WRITERS[1], WRITERS[2], "OFFICER");
        requests.requestMatchers("/inspection/**", "/api/v1/inspection/**").hasAnyRole(WRITERS);
    }

    @Bean
    NavigationEntry plansLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.plans", "/inspection/plans",
                List.of(STAFF), 300);
    }

    @Bean
    NavigationEntry planFilingsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.plan-filings", "/inspection/plan-filings",
                List.of(STAFF), 305);
    }

    @Bean
    NavigationEntry tasksLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.tasks", "/inspection/tasks",
                List.of(STAFF), 310);
    }

    @Bean
    NavigationEntry jointVisitsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.joint-visits", "/inspection/joint-visits",
                List.of(STAFF), 312);
    }

    @Bean
    NavigationEntry statisticsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.statistics", "/inspection/statistics",
                List.of(STAFF), 330);
    }

    @Bean
    NavigationEntry complaintsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.complaints", "/inspection/complaints",
                List.of(STAFF), 318);
    }

    @Bean
    NavigationEntry otherVisitsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.other-visits", "/inspection/other-visits",
                List.of(STAFF), 315);
    }

    @Bean
    NavigationEntry enterpriseVisitsLink() {
        return new NavigationEntry("nav.group.enterprise", "nav.enterprise.inspections", "/enterprise/inspections",
                List.of("ENTERPRISE"), 900);
    }

    @Bean
    NavigationEntry licenceScansLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.licence-scans", "/inspection/licence-scans",
                List.of("OFFICER"), 311);
    }

    @Bean
    NavigationEntry farCheckInsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.far-check-ins", "/inspection/far-check-ins",
                List.of(STAFF), 319);
    }

    @Bean
    NavigationEntry conflictsLink() {
        return new NavigationEntry("nav.group.inspection", "nav.inspection.conflicts", "/inspection/conflicts",
                List.of("ADMIN", "SUPERVISOR", "AGENCY_ADMIN", "OFFICER"), 320);
    }
}
