package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.enterprise.EvaluationForm;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inspection indicators follow the records: one agency's visits, check-ins and ratings, counted as declared. */
@FazhiIntegrationTest
class InspectionIndicatorsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired EnterpriseInspections enterprise;
    @Autowired List<Indicator> indicators;
    @Autowired org.fazhi.inspection.indicator.InspectionStatistics statistics;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void countsAnAgencysVisitsCheckInsAndRatings() throws Exception {
        Inspecting inspecting = data.agency("指标局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        InspectionTask first = approve(inspecting, tasks.create(officer, InspectionTestData.caseForm(inspecting, party)));
        InspectionTask second = approve(inspecting, tasks.create(officer, InspectionTestData.caseForm(inspecting, party)));
        visits.scan(visits.codeOf(first).orElseThrow(), null, null);
        enterprise.rate(RegistryTestData.enterprise(party.id()), first.id(), new EvaluationForm(5, 4, 3, null));
        tasks.conclude(officer, second.id(), second.version(), InspectionResult.NO_PROBLEM, null, null);

        long agency = inspecting.agency().id();
        assertThat(ofAgency("INSPECTIONS", agency).figure().numerator()).isEqualTo(2);
        assertThat(ofAgency("CHECK_IN_RATE", agency).figure())
                .satisfies(figure -> assertThat(figure.numerator()).isEqualTo(1))
                .satisfies(figure -> assertThat(figure.denominator()).isEqualTo(2));
        assertThat(ofAgency("VISITS_PER_PARTY", agency).figure().value()).isEqualByComparingTo("2.00");
        assertThat(ofAgency("JOINT_INSPECTION_SHARE", agency).figure().numerator()).isZero();
        assertThat(ofAgency("AVERAGE_RATING", agency).figure().value()).isEqualByComparingTo("4.00");
        assertThat(ofAgency("INSPECTIONS_YOY", agency).figure().hasValue()).isFalse();
        assertThat(measure("INSPECTIONS").total().numerator())
                .isGreaterThanOrEqualTo(2);
        var scope = org.fazhi.identity.DataScope.ofAgency(RegistryTestData.COUNTY, agency);
        int year = LocalDate.now().getYear();
        assertThat(statistics.visitsPerParty(scope, year)).containsEntry(2, 1L).containsEntry(1, 0L)
                .as("shown in order: 1, 2, 3, 4 or more").containsKeys(1, 2, 3, 4).extracting(java.util.Map::keySet)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE).containsExactly(1, 2, 3, 4);
        assertThat(statistics.byAgencyAndMonth(scope, year)).singleElement()
                .satisfies(row -> assertThat(row.months()[LocalDate.now().getMonthValue() - 1]).isEqualTo(2));
        mvc.perform(get("/inspection/statistics").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inspecting.agency().name())));
    }

    private InspectionTask approve(Inspecting inspecting, InspectionTask task) {
        return tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
    }

    private Indicator.AgencyFigure ofAgency(String code, long agencyId) {
        return measure(code).byAgency().stream().filter(row -> row.agencyId() == agencyId).findFirst().orElseThrow();
    }

    private Measurement measure(String code) {
        Indicator indicator = indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        return indicator.measure(RegistryTestData.COUNTY, Period.yearToDate(LocalDate.now()));
    }
}
