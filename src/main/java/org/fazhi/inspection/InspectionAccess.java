package org.fazhi.inspection;

import java.util.List;
import java.util.Set;

import org.fazhi.identity.ModuleAccess;
import org.fazhi.platform.PublishedPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static org.fazhi.identity.AccessRules.KEEPERS_AND_OFFICERS;

/**
 * The inspection module's URL rules (first match wins): anyone may open a scanned visit code under {@code /visit}
 * and share where it was scanned; only officers check in from a business licence; enterprises have their own pages; the keepers and officers declare conflicts of interest, which other staff do
 * not see; staff read plans and draws; officers also ask for inspections and record visits; the justice bureau and
 * the agencies' legal offices write the rest. Which plan, task and officer a user may touch, the services decide.
 * Published plans and draws are under {@code /public/inspection}.
 */
@Configuration(proxyBeanMethods = false)
class InspectionAccess {

    private static final String GROUP = "nav.group.inspection";
    private static final String[] ENTERPRISE = {"ENTERPRISE"};
    private static final String[] OFFICERS = {"OFFICER"};

    @Bean
    ModuleAccess inspectionRules() {
        return ModuleAccess.of("/inspection/**", "/api/v1/inspection/**")
                .open(HttpMethod.GET, "/visit/**")
                .open(HttpMethod.POST, "/visit/*/location")
                .only(OFFICERS, "/inspection/licence-scans/**", "/api/v1/inspection/licence-check-ins/**")
                .only(ENTERPRISE, "/enterprise/**", "/api/v1/enterprise/**")
                .only(KEEPERS_AND_OFFICERS, "/inspection/conflicts/**", "/api/v1/inspection/conflicts/**")
                .alsoWrittenBy(KEEPERS_AND_OFFICERS, "/inspection/tasks/**", "/inspection/other-visits/**",
                        "/inspection/joint-visits/**", "/api/v1/inspection/tasks/**",
                        "/api/v1/inspection/other-visits/**", "/api/v1/inspection/merge-proposals/**")
                .link(GROUP, "nav.inspection.plans", "/inspection/plans", 300)
                .link(GROUP, "nav.inspection.plan-filings", "/inspection/plan-filings", 305)
                .link(GROUP, "nav.inspection.tasks", "/inspection/tasks", 310)
                .link(GROUP, "nav.inspection.licence-scans", "/inspection/licence-scans", 311, OFFICERS)
                .link(GROUP, "nav.inspection.joint-visits", "/inspection/joint-visits", 312)
                .link(GROUP, "nav.inspection.other-visits", "/inspection/other-visits", 315)
                .link(GROUP, "nav.inspection.complaints", "/inspection/complaints", 318)
                .link(GROUP, "nav.inspection.far-check-ins", "/inspection/far-check-ins", 319)
                .link(GROUP, "nav.inspection.conflicts", "/inspection/conflicts", 320, KEEPERS_AND_OFFICERS)
                .link(GROUP, "nav.inspection.statistics", "/inspection/statistics", 330)
                .link(GROUP, "nav.inspection.history", "/inspection/history", 335)
                .link("nav.group.enterprise", "nav.enterprise.inspections", "/enterprise/inspections", 900,
                        ENTERPRISE);
    }

    /**
     * The published plans, draws (with the inspections' results) and their verification: inspection's own records,
     * with agencies' names from the registry and the items' names from the catalog.
     */
    @Bean
    PublishedPages inspectionPublicPages() {
        return new PublishedPages(List.of("/public/inspection/**", "/api/v1/public/inspection/**"),
                Set.of("inspection", "catalog", "registry"));
    }
}
