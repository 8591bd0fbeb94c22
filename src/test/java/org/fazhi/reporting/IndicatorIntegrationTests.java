package org.fazhi.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.AgencyFigure;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerPost;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class IndicatorIntegrationTests {

    @Autowired IndicatorCatalog catalog;
    @Autowired RegistryTestData data;
    @Autowired MockMvc mvc;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void theCertificationRateCountsOnlyOfficersInEnforcementPosts() {
        Agency agency = data.agency("持证率测试局");
        Officer certifiedOne = data.officer(agency);
        Officer certifiedTwo = data.officer(agency);
        data.officer(agency);
        data.officer(agency, OfficerPost.LEGAL_REVIEW, Establishment.CIVIL_SERVANT);
        data.certificate(certifiedOne, today.minusMonths(1), today.plusYears(4));
        data.certificate(certifiedTwo, today.minusMonths(1), today.plusDays(10));

        assertThat(figureOf("CERTIFIED_RATE", agency).value()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(figureOf("CERTIFIED_RATE", agency).denominator()).isEqualTo(3);
        assertThat(figureOf("OFFICERS", agency).value()).isEqualByComparingTo("4");
        assertThat(figureOf("CERTIFICATES_EXPIRING", agency).value()).isEqualByComparingTo("1");
    }

    @Test
    void anAgencyUserSeesOnlyTheOwnAgency() {
        Agency agency = data.agency("范围指标局");
        data.officer(agency);
        Indicator officers = catalog.find("OFFICERS").orElseThrow();
        Measurement own = catalog.measure(officers, DataScope.ofAgency(RegistryTestData.COUNTY, agency.id()),
                Period.yearToDate(today));
        assertThat(own.byAgency()).extracting(AgencyFigure::agencyId).containsExactly(agency.id());
        assertThat(own.total().value()).isEqualByComparingTo("1");
    }

    @Test
    void theApiListsIndicatorsAndMeasuresOneForTheCaller() throws Exception {
        Agency agency = data.agency("接口指标局");
        mvc.perform(get("/api/v1/indicators").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == 'CERTIFIED_RATE')].name").value("持证率"));
        mvc.perform(get("/api/v1/indicators/OFFICERS").with(user(RegistryTestData.user(Role.OFFICER, agency.id()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measurement.byAgency.length()").value(1));
        mvc.perform(get("/api/v1/indicators/NOPE").with(user(RegistryTestData.leader()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators").with(user(RegistryTestData.user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDashboardShowsTheIndicatorsTableAndChartData() throws Exception {
        mvc.perform(get("/").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("持证率"),
                                org.hamcrest.Matchers.containsString("data-chart="),
                                org.hamcrest.Matchers.containsString("id=\"indicator-table\""))));
    }

    private org.fazhi.platform.Figure figureOf(String code, Agency agency) {
        Measurement measurement = catalog.measure(catalog.find(code).orElseThrow(),
                DataScope.ofRegion(RegistryTestData.COUNTY), Period.yearToDate(today));
        return measurement.byAgency().stream().filter(row -> row.agencyId() == agency.id()).findFirst().orElseThrow()
                .figure();
    }
}
