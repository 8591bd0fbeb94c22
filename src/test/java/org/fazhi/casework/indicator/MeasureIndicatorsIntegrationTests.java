package org.fazhi.casework.indicator;

import java.util.UUID;
import java.util.function.Consumer;

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
 * Decisions by procedure and the measures on property over one agency's records of 2023-2025, written as the steps
 * would have left them; each figure checked against the value worked out by hand (in the comments), through the
 * reports' catalog and through the statistics API, which measure the same beans.
 */
@FazhiIntegrationTest
class MeasureIndicatorsIntegrationTests {

    @Autowired RegistryTestData registry;
    @Autowired IndicatorCatalog catalog;
    @Autowired CaseStatistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Agency agency;
    private Agency other;

    @BeforeEach
    void casesAndMeasures() {
        agency = registry.agency("强制措施指标局");
        other = registry.agency("强制措施指标另局");
        // Decisions: two general of 2024 (a fine of ¥1,000 and 不予处罚), one of 2023; three on the spot of 2024
        // (¥200, a warning alone, ¥50 on the last day of the year).
        long general = decided("GENERAL", "2024-03-10", "PENALTY", 100_000);
        decided("GENERAL", "2024-05-01", "NO_PENALTY", 0);
        decided("GENERAL", "2023-12-30", "PENALTY", 300_000);
        decided("SIMPLE", "2024-02-02", "PENALTY", 20_000);
        decided("SIMPLE", "2024-06-06", "PENALTY", 0);
        decided("SIMPLE", "2024-12-31", "PENALTY", 5_000);
        // m1 扣押 lifted within its 30 days; m2 扣押 extended once, confiscated by the decision within the extension.
        measure(general, "SEIZURE", "CLOSED", "2024-01-10", "2024-02-09", null, "2024-02-01", null);
        measure(general, "SEIZURE", "CLOSED", "2024-03-01", "2024-04-30", "2024-03-28", null, "2024-04-20");
        // m3 查封 lifted a week after its limit; m4 查封 of December still in force, its limit in 2025 long passed.
        measure(general, "SEALING_UP", "CLOSED", "2024-11-20", "2024-12-20", null, "2024-12-27", null);
        measure(general, "SEALING_UP", "IN_FORCE", "2024-12-15", "2025-01-14", null, null, null);
        // m5 查封 proposed and refused: never taken. m6 扣押 taken urgently, not approved, lifted the same day.
        measure(general, "SEALING_UP", "REFUSED", null, null, null, null, null);
        measure(general, "SEIZURE", "LIFTED", "2024-07-01", "2024-07-31", null, "2024-07-01", null);
        // m7 先行登记保存 dealt with in its 7 working days; m8 after them.
        measure(general, "PRESERVATION", "CLOSED", "2024-05-06", "2024-05-15", null, "2024-05-10", null);
        measure(general, "PRESERVATION", "CLOSED", "2024-08-01", "2024-08-12", null, "2024-08-20", null);
        // m9 扣押 of 2023, extended in 2023, lifted in January 2024 within the extension.
        measure(general, "SEIZURE", "CLOSED", "2023-12-01", "2024-01-30", "2023-12-28", "2024-01-25", null);
        // Another agency's 扣押 of 2024, overdue: not the agency's.
        measure(insert(other, "GENERAL", "2024-04-01"), "SEIZURE", "IN_FORCE", "2024-04-02", "2024-05-02", null, null,
                null);
    }

    @Test
    void decisionsAreCountedByProcedureAndOnTheSpotFinesCountAmongTheFines() {
        assertThat(figure("GENERAL_PROCEDURE_DECISIONS", 2024).value()).isEqualByComparingTo("2");
        assertThat(figure("SIMPLE_PROCEDURE_DECISIONS", 2024).value()).isEqualByComparingTo("3");
        assertThat(figure("GENERAL_PROCEDURE_DECISIONS", 2023).value()).isEqualByComparingTo("1");
        assertThat(figure("FINES_DECIDED", 2024).value()).isEqualByComparingTo("1250.00"); // 1,000 + 200 + 50
        assertThat(figure("CASES_FILED", 2024).value()).isEqualByComparingTo("2");        // no 立案 on the spot
    }

    @Test
    void measuresAreCountedByKindExtendedOverdueAndByTheLimitsKept() {
        assertThat(figure("SEIZURE_MEASURES", 2024).value()).isEqualByComparingTo("3");        // m1, m2, m6
        assertThat(figure("SEALING_UP_MEASURES", 2024).value()).isEqualByComparingTo("2");     // m3, m4
        assertThat(figure("EVIDENCE_PRESERVATIONS", 2024).value()).isEqualByComparingTo("2");  // m7, m8
        assertThat(figure("MEASURES_EXTENDED", 2024).value()).isEqualByComparingTo("1");       // m2
        assertThat(figure("MEASURES_OVERDUE", 2024).value()).isEqualByComparingTo("2");        // m3, m8
        assertThat(figure("SEIZURE_LIMIT_ON_TIME_RATE", 2024)).satisfies(rate(4, 5, "80.00")); // m1 m2 m6 m9 / +m3
        assertThat(figure("PRESERVATION_ON_TIME_RATE", 2024)).satisfies(rate(1, 2, "50.00"));  // m7 / m7, m8
        assertThat(figure("SEIZURE_MEASURES", 2023).value()).isEqualByComparingTo("1");        // m9
        assertThat(figure("MEASURES_EXTENDED", 2023).value()).isEqualByComparingTo("1");       // m9
        assertThat(figure("MEASURES_OVERDUE", 2025).value()).isEqualByComparingTo("1");        // m4, still held
        assertThat(figure("SEIZURE_LIMIT_ON_TIME_RATE", 2025)).satisfies(rate(0, 1, "0.00"));
        assertThat(catalog.measure(catalog.find("MEASURES_OVERDUE").orElseThrow(), scope(other), Period.year(2024))
                .total().value()).isEqualByComparingTo("1");
    }

    @Test
    void theStatisticsApiShowsTheYearsIndicatorsAsTheReportsMeasureThem() throws Exception {
        statistics.indicators(scope(agency), 2024).forEach((code, figure) ->
                assertThat(figure).as(code).isEqualTo(figure(code, 2024)));
        assertThat(statistics.indicators(scope(agency), 2024)).containsKeys("CASES_FILED", "SIMPLE_PROCEDURE_DECISIONS",
                "SEIZURE_MEASURES", "PRESERVATION_ON_TIME_RATE");
        mvc.perform(get("/api/v1/casework/statistics").param("year", "2024")
                        .with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.SIMPLE_PROCEDURE_DECISIONS.value").value(3))
                .andExpect(jsonPath("$.indicators.SEIZURE_MEASURES.value").value(3))
                .andExpect(jsonPath("$.indicators.SEIZURE_LIMIT_ON_TIME_RATE.numerator").value(4))
                .andExpect(jsonPath("$.indicators.SEIZURE_LIMIT_ON_TIME_RATE.denominator").value(5));
        mvc.perform(get("/api/v1/indicators").with(user(RegistryTestData.supervisor())))
                .andExpect(jsonPath("$[?(@.code == 'SIMPLE_PROCEDURE_DECISIONS')].name").value("简易程序当场处罚"))
                .andExpect(jsonPath("$[?(@.code == 'SEIZURE_LIMIT_ON_TIME_RATE')].unit").value("%"));
    }

    private Figure figure(String code, int year) {
        Indicator indicator = catalog.find(code).orElseThrow();
        return catalog.measure(indicator, scope(agency), Period.year(year)).total();
    }

    private static DataScope scope(Agency of) {
        return DataScope.ofAgency(RegistryTestData.COUNTY, of.id());
    }

    private static Consumer<Figure> rate(long numerator, long denominator, String percent) {
        return figure -> {
            assertThat(figure.numerator()).isEqualTo(numerator);
            assertThat(figure.denominator()).isEqualTo(denominator);
            assertThat(figure.value()).isEqualByComparingTo(percent);
        };
    }

    /** A decided case: a general one filed a month before, one on the spot without 立案. */
    private long decided(String procedure, String decidedOn, String kind, long fineFen) {
        long id = insert(agency, procedure, decidedOn);
        jdbc.sql("insert into casework.proposal (case_id, stage, kind, fine_fen) values (?, 'DECIDED', ?, ?)")
                .params(id, kind, fineFen).update();
        return id;
    }

    private long insert(Agency of, String procedure, String decidedOn) {
        boolean general = procedure.equals("GENERAL");
        return jdbc.sql("""
                insert into casework.penalty_case (region_code, agency_id, code, state, source_kind, party_id, summary,
                       discovered_on, filed_on, decided_on, delivered_on, procedure, created_by)
                values (:county, :agency, :code, 'EXECUTING', 'OWN_DISCOVERY', 1, '强制措施指标测试', :decided::date - :before,
                        case when :general then :decided::date - 30 end, :decided::date, :decided::date, :procedure,
                        'test') returning id""")
                .param("county", RegistryTestData.COUNTY.value()).param("agency", of.id())
                .param("code", "T" + UUID.randomUUID()).param("decided", decidedOn).param("before", general ? 35 : 0)
                .param("general", general).param("procedure", procedure).query(Long.class).single();
    }

    private void measure(long caseId, String kind, String state, @Nullable String started, @Nullable String due,
                         @Nullable String extended, @Nullable String lifted, @Nullable String confiscated) {
        long agencyId = jdbc.sql("select agency_id from casework.penalty_case where id = ?").param(caseId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into casework.compulsory_measure (case_id, region_code, agency_id, kind, state, urgent, reason,
                       legal_basis, place_kept, officer_ids, started_on, due_on, extension_days, extension_reason,
                       extended_on, lifted_on, lifting_reason, confiscated_on, closed_on, created_by)
                values (:case, :county, :agency, :kind, :state, false, '指标测试', '行政强制法', '仓库', '{1, 2}',
                        :started::date, :due::date, case when :extended::date is null then null else 30 end,
                        case when :extended::date is null then null else '检测需要' end, :extended::date,
                        :lifted::date, case when :lifted::date is null then null else 'NO_LONGER_NEEDED' end,
                        :confiscated::date, case when :state = 'CLOSED'
                                                 then coalesce(:confiscated::date, :lifted::date + 2) end, 'test')""")
                .param("case", caseId).param("county", RegistryTestData.COUNTY.value()).param("agency", agencyId)
                .param("kind", kind).param("state", state).param("started", started).param("due", due)
                .param("extended", extended).param("lifted", lifted).param("confiscated", confiscated).update();
    }
}
