package org.fazhi.casework.indicator;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The casework indicators over one agency's cases of 2024, written as the steps would have left them, each figure
 * checked against the value worked out by hand (in the comments); and the same figures through the indicator API.
 */
@FazhiIntegrationTest
class CaseIndicatorsIntegrationTests {

    private static final Period YEAR = Period.year(2024);

    @Autowired RegistryTestData registry;
    @Autowired IndicatorCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired CaseStatistics statistics;

    private Agency agency;

    @BeforeEach
    void nineCases() {
        agency = registry.agency("案件指标局");
        // 1: an inspection's result, filed in March, a fine of ¥2,000 decided in April on time, delivered late, paid.
        long one = insert("ARCHIVED", "INSPECTION", "2024-02-20", "2024-03-01", "2024-04-10", null);
        decided(one, "PENALTY", 200_000);
        deadline(one, "DECISION", "2024-05-30", "2024-04-10");
        deadline(one, "DELIVERY", "2024-04-19", "2024-04-22");
        deadline(one, "PAYMENT", "2024-05-07", "2024-05-01");
        // 2 and 3: inspections' results still a clue, and declined.
        insert("CLUE", "INSPECTION", "2024-06-01", null, null, null);
        insert("NOT_FILED", "INSPECTION", "2024-07-01", null, null, null);
        // 4: a complaint, heard in June, ¥3,500.50 decided on time.
        long four = insert("EXECUTING", "COMPLAINT", "2024-04-25", "2024-05-01", "2024-06-15", "2024-06-01T10:00:00+08");
        decided(four, "PENALTY", 350_050);
        deadline(four, "DECISION", "2024-07-30", "2024-06-15");
        // 5: 不予处罚 after a legal review returned once and passed once (a refused attempt between does not count).
        long five = insert("CLOSED", "COMPLAINT", "2024-07-25", "2024-08-01", "2024-09-01", null);
        decided(five, "NO_PENALTY", 0);
        event(five, "REJECT_LEGAL_REVIEW", "2024-08-10T09:00:00+08", false);
        event(five, "PASS_LEGAL_REVIEW", "2024-08-15T09:00:00+08", true);
        event(five, "PASS_LEGAL_REVIEW", "2024-08-20T09:00:00+08", false);
        // 6: 首违不罚.
        long six = insert("CLOSED", "COMPLAINT", "2024-08-25", "2024-09-01", "2024-10-01", null);
        decided(six, "FIRST_OFFENCE_WAIVED", 0);
        // 7: filed in 2023 (not counted as filed), ¥1,000 decided in 2024 six days after its deadline.
        long seven = insert("CLOSED", "OWN_DISCOVERY", "2023-12-15", "2023-12-20", "2024-03-25", "2023-12-30T10:00:00+08");
        decided(seven, "PENALTY", 100_000);
        deadline(seven, "DECISION", "2024-03-19", "2024-03-25");
        // 8: filed in June, still investigating long after its deadline.
        long eight = insert("INVESTIGATING", "REFERRAL", "2024-05-30", "2024-06-01", null, null);
        deadline(eight, "DECISION", "2024-08-30", null);
        // 9: an inspection's result of 2023, filed in 2024: filed this year, but not one of this year's results.
        insert("INVESTIGATING", "INSPECTION", "2023-12-28", "2024-01-03", null, null);
    }

    @Test
    void eachIndicatorCountsTheAgencysCasesAsWorkedOutByHand() {
        assertThat(figure("CASES_FILED").value()).isEqualByComparingTo("6");          // 1, 4, 5, 6, 8, 9
        assertThat(figure("FINES_DECIDED").value()).isEqualByComparingTo("6500.50");  // 2,000 + 3,500.50 + 1,000
        assertThat(figure("NO_PENALTY_DECISIONS").value()).isEqualByComparingTo("1");
        assertThat(figure("FIRST_OFFENCE_WAIVERS").value()).isEqualByComparingTo("1");
        assertThat(figure("LEGAL_REVIEWS").value()).isEqualByComparingTo("2");        // returned + passed
        assertThat(figure("HEARINGS_HELD").value()).isEqualByComparingTo("1");        // 4 (7's was in 2023)
        assertThat(figure("DECISION_ON_TIME_RATE")).satisfies(rate(2, 4, "50.00")); // 1, 4 of 1, 4, 7, 8
        assertThat(figure("DELIVERY_ON_TIME_RATE")).satisfies(rate(0, 1, "0.00"));
        assertThat(figure("PAYMENT_ON_TIME_RATE")).satisfies(rate(1, 1, "100.00"));
        assertThat(figure("COURT_APPLICATION_ON_TIME_RATE").hasValue()).isFalse();
        assertThat(figure("INSPECTION_CASE_FILING_RATE")).satisfies(rate(1, 3, "33.33")); // 1 of 1, 2, 3
        assertThat(figure("CASES_FILED", Period.year(2023)).value()).isEqualByComparingTo("1");
    }

    @Test
    void theIndicatorsAreListedAndMeasuredThroughTheApiInTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'CASES_FILED')].name").value("行政处罚立案"))
                .andExpect(jsonPath("$[?(@.code == 'CASES_FILED')].unit").value("件"))
                .andExpect(jsonPath("$[?(@.code == 'FINES_DECIDED')].unit").value("元"));
        mvc.perform(get("/api/v1/indicators/FINES_DECIDED").param("year", "2024")
                        .with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurement.total.value").value(6500.5))
                .andExpect(jsonPath("$.measurement.byAgency.length()").value(1));
    }

    @Test
    void theYearsTablesCountByMonthItemDecisionAndSource() throws Exception {
        DataScope scope = DataScope.ofAgency(RegistryTestData.COUNTY, agency.id());

        assertThat(statistics.byAgencyAndMonth(scope, 2024)).singleElement().satisfies(row -> {
            assertThat(row.months()).containsExactly(1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0); // 9; 1; 4; 8; 5; 6
            assertThat(row.total()).isEqualTo(6);
        });
        assertThat(statistics.byItem(scope, 2024)).containsExactly(new CaseStatistics.ItemCount("T-ITEM-1", 6));
        assertThat(statistics.byDecision(scope, 2024)).containsExactly(java.util.Map.entry("FIRST_OFFENCE_WAIVED", 1L),
                java.util.Map.entry("NO_PENALTY", 1L), java.util.Map.entry("PENALTY", 3L));
        assertThat(statistics.bySource(scope, 2024)).containsExactly(java.util.Map.entry("COMPLAINT", 3L),
                java.util.Map.entry("INSPECTION", 3L), java.util.Map.entry("REFERRAL", 1L));
        mvc.perform(get("/api/v1/casework/statistics").param("year", "2024")
                        .with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.byDecision.PENALTY").value(3))
                .andExpect(jsonPath("$.byAgencyAndMonth[0].total").value(6));
        mvc.perform(get("/api/v1/casework/statistics").with(user(RegistryTestData.enterprise(1))))
                .andExpect(status().isForbidden());
    }

    private Figure figure(String code) {
        return figure(code, YEAR);
    }

    private Figure figure(String code, Period period) {
        Indicator indicator = catalog.find(code).orElseThrow();
        return catalog.measure(indicator, DataScope.ofAgency(RegistryTestData.COUNTY, agency.id()), period).total();
    }

    private static java.util.function.Consumer<Figure> rate(long numerator, long denominator, String percent) {
        return figure -> {
            assertThat(figure.numerator()).isEqualTo(numerator);
            assertThat(figure.denominator()).isEqualTo(denominator);
            assertThat(figure.value()).isEqualByComparingTo(percent);
        };
    }

    private long insert(String state, String source, String discovered, @Nullable String filed,
                        @Nullable String decided, @Nullable String heardAt) {
        return jdbc.sql("""
                insert into casework.penalty_case (region_code, agency_id, code, state, source_kind, source_task_id,
                       party_id, summary, discovered_on, filed_on, item_codes, decline_reason, decided_on,
                       hearing_held_at, created_by)
                values (:county, :agency, :code, :state, :source, :task, 1, '指标测试', :discovered::date,
                        :filed::date, case when :filed::date is null then '{}' else '{T-ITEM-1}' end::text[], :decline,
                        :decided::date, :heard::timestamptz, 'test') returning id""")
                .param("county", RegistryTestData.COUNTY.value()).param("agency", agency.id())
                .param("code", "T" + UUID.randomUUID()).param("state", state).param("source", source)
                .param("task", source.equals("INSPECTION") ? -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)
                        : null)
                .param("discovered", discovered).param("filed", filed)
                .param("decline", state.equals("NOT_FILED") ? "不属实" : null).param("decided", decided)
                .param("heard", heardAt).query(Long.class).single();
    }

    private void decided(long caseId, String kind, long fineFen) {
        jdbc.sql("insert into casework.proposal (case_id, stage, kind, fine_fen) values (?, 'DECIDED', ?, ?)")
                .params(caseId, kind, fineFen).update();
    }

    private void deadline(long caseId, String kind, String due, @Nullable String met) {
        jdbc.sql("""
                insert into casework.deadline (case_id, kind, region_code, agency_id, started_on, due_on, provisional,
                       met_on) values (?, ?, ?, ?, ?::date - 30, ?::date, false, ?::date)""")
                .params(caseId, kind, RegistryTestData.COUNTY.value(), agency.id(), due, due, met).update();
    }

    private void event(long caseId, String transition, String at, boolean refused) {
        jdbc.sql("""
                insert into casework.case_event (case_id, region_code, at, username, display_name, transition, refused)
                values (?, ?, ?::timestamptz, 'test', '测试', ?, ?)""")
                .params(caseId, RegistryTestData.COUNTY.value(), at, transition, refused).update();
    }
}
