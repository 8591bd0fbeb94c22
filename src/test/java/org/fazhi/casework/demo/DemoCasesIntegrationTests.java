package org.fazhi.casework.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.CaseSearch;
import org.fazhi.casework.casefile.CaseSummary;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's cases as the first start made them: two agencies with a case in every stage and outcome of
 * the general procedure, some from the demo inspections' clues, some due soon. Demo cases are those the demo desks
 * (the accounts {@code officer}/{@code agency} and {@code demo-*}) took steps in; other tests add cases of their own.
 */
@FazhiIntegrationTest
class DemoCasesIntegrationTests {

    private static final String DEMO_CASES = """
            select c.id from casework.penalty_case c where c.region_code = '410425' and exists (
                   select 1 from casework.case_event e where e.case_id = c.id and not e.refused
                      and (e.username in ('officer', 'agency') or e.username like 'demo-%'))""";

    @Autowired JdbcClient jdbc;
    @Autowired PenaltyCases cases;

    @Test
    void twoAgenciesHaveACaseInEveryStage() {
        Map<Long, Set<String>> statesByAgency = jdbc.sql("select agency_id, state from casework.penalty_case where id in ("
                        + DEMO_CASES + ")")
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        Set<String> every = java.util.Arrays.stream(CaseState.values()).map(Enum::name).collect(Collectors.toSet());

        assertThat(statesByAgency).hasSize(2);
        assertThat(statesByAgency.values()).allSatisfy(states -> assertThat(states).isEqualTo(every));
    }

    @Test
    void theDecisionsIncludeEveryOutcomeAndTheStepsEveryDetourOfTheProcedure() {
        List<String> decided = jdbc.sql("select distinct kind from casework.proposal where stage = 'DECIDED' and case_id in ("
                + DEMO_CASES + ")").query(String.class).list();
        List<String> transitions = jdbc.sql("select distinct transition from casework.case_event where case_id in ("
                + DEMO_CASES + ") and not refused").query(String.class).list();

        assertThat(decided).contains(DecisionKind.PENALTY.name(), DecisionKind.NO_PENALTY.name(),
                DecisionKind.FIRST_OFFENCE_WAIVED.name(), DecisionKind.TRANSFERRED.name());
        assertThat(transitions).contains("PASS_LEGAL_REVIEW", "REJECT_LEGAL_REVIEW", "SCHEDULE_HEARING",
                "HOLD_HEARING", "EXTEND_DEADLINE", "APPROVE_PAYMENT_PLAN", "SEND_REMINDER", "APPLY_TO_COURT",
                "DECLINE", "ARCHIVE");
        assertThat(count("select count(*) from casework.penalty_case where source_kind = 'INSPECTION' and state <> "
                + "'CLUE' and id in (" + DEMO_CASES + ")")).isPositive();
        assertThat(count("select count(distinct source_kind) from casework.penalty_case where id in (" + DEMO_CASES
                + ")")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theSupervisorsDueSoonListShowsDemoCasesNearOrPastADeadline() {
        Page<CaseSummary> dueSoon = cases.search(RegistryTestData.supervisor(),
                new CaseSearch(null, null, null, null, true), new PageRequest(1, 200));
        Set<Long> demo = Set.copyOf(jdbc.sql(DEMO_CASES).query(Long.class).list());

        assertThat(dueSoon.items()).filteredOn(c -> demo.contains(c.id())).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(c -> assertThat(c.nextDue()).isNotNull());
        assertThat(dueSoon.items()).filteredOn(c -> demo.contains(c.id()))
                .anySatisfy(c -> assertThat(c.nextDue()).isBefore(cases.today()))
                .anySatisfy(c -> assertThat(c.nextDue()).isAfterOrEqualTo(cases.today()));
    }

    @Test
    void theDemoOfficerSeesOnlyTheMarketBureausCases() {
        SignedInUser officer = new SignedInUser(0, "officer", "市场监管局执法人员", Role.OFFICER,
                RegistryTestData.COUNTY, marketBureau(), null, true, false, false, null);
        Page<CaseSummary> own = cases.search(officer, CaseSearch.all(), new PageRequest(1, 200));

        assertThat(own.items()).isNotEmpty().allSatisfy(c -> assertThat(c.agencyId()).isEqualTo(marketBureau()));
        assertThat(own.items()).extracting(CaseSummary::state).contains(CaseState.ARCHIVED,
                CaseState.COURT_ENFORCEMENT, CaseState.HEARING_REQUESTED);
    }

    private long marketBureau() {
        return jdbc.sql("select agency_id from identity.account where username = 'officer'").query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
