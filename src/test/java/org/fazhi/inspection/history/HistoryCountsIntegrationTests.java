package org.fazhi.inspection.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.indicator.InspectionStatistics;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.PartyCalendar;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.inspection.history.HistoryImportIntegrationTests.ledger;
import static org.fazhi.inspection.history.HistoryImportIntegrationTests.row;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imported history counts where inspections count: the indicators (a year-on-year figure from last year's imported
 * ledger and this year's tasks), the statistics by month, the party calendar and the repeat-visit warning.
 */
@FazhiIntegrationTest
class HistoryCountsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired PartyCalendar calendar;
    @Autowired InspectionStatistics statistics;
    @Autowired List<Indicator> indicators;
    @Autowired Parties parties;

    @Test
    void lastYearsImportedLedgerAndThisYearsTasksMakeTheYearOnYearFigure() throws Exception {
        Inspecting inspecting = data.agency("同比局", 2);
        LocalDate lastNewYear = LocalDate.now().withDayOfYear(1).minusYears(1);
        List<List<String>> lastYear = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lastYear.add(row(inspecting.agency().name(), data.enterprise(false).creditCode(), lastNewYear, "日常检查",
                    inspecting.item().code(), "未发现问题", "", ""));
        }
        importLedger(lastYear);
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, inspecting.agency().id());
        for (int i = 0; i < 3; i++) {
            InspectionTask task = tasks.create(officer, InspectionTestData.caseForm(inspecting, data.enterprise(false)));
            task = tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
            tasks.conclude(officer, task.id(), task.version(), InspectionResult.NO_PROBLEM, null, null);
        }

        Figure yearOnYear = ofAgency("INSPECTIONS_YOY", inspecting, Period.yearToDate(LocalDate.now()));
        assertThat(yearOnYear.numerator()).isEqualTo(3);
        assertThat(yearOnYear.denominator()).isEqualTo(4);
        assertThat(yearOnYear.value()).isEqualByComparingTo("-25.00");
        Period lastYearToDate = Period.yearToDate(LocalDate.now().minusYears(1));
        assertThat(ofAgency("INSPECTIONS", inspecting, lastYearToDate).numerator()).isEqualTo(4);
        assertThat(ofAgency("VISITS_PER_PARTY", inspecting, lastYearToDate).value()).isEqualByComparingTo("1.00");
        DataScope scope = DataScope.ofAgency(RegistryTestData.COUNTY, inspecting.agency().id());
        assertThat(statistics.byAgencyAndMonth(scope, lastNewYear.getYear())).singleElement()
                .satisfies(agency -> assertThat(agency.months()[0]).isEqualTo(4));
        assertThat(statistics.visitsPerParty(scope, lastNewYear.getYear())).containsEntry(1, 4L);
    }

    @Test
    void aPersonsImportedInspectionIsNoEnterpriseInspection() throws Exception {
        Inspecting inspecting = data.agency("个人局", 0);
        Party enterprise = data.enterprise(false);
        Party person = HistoryImportIntegrationTests.person(parties);
        LocalDate day = LocalDate.now().withDayOfYear(1);
        importLedger(List.of(
                row(inspecting.agency().name(), enterprise.creditCode(), day, "日常检查", inspecting.item().code(),
                        "未发现问题", "", ""),
                row(inspecting.agency().name(), person.name(), day, "个案检查", inspecting.item().code(),
                        "未发现问题", "", "")));
        Period thisYear = Period.yearToDate(LocalDate.now());

        assertThat(ofAgency("INSPECTIONS", inspecting, thisYear).numerator()).isEqualTo(1);
        assertThat(ofAgency("CHECK_IN_RATE", inspecting, thisYear).denominator()).isZero();
    }

    @Test
    void theCalendarAndTheRepeatWarningSeeAnImportedVisit() throws Exception {
        Inspecting inspecting = data.agency("日历局", 2);
        Party party = data.enterprise(false);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        importLedger(List.of(row(inspecting.agency().name(), party.creditCode(), yesterday, "日常检查",
                inspecting.item().code(), "责令整改", "", "台账补录")));

        assertThat(calendar.entries(RegistryTestData.admin(), party.id(), yesterday.minusYears(1)))
                .anySatisfy(entry -> {
                    assertThat(entry.kind()).isEqualTo("IMPORTED_ROUTINE");
                    assertThat(entry.from()).isEqualTo(yesterday);
                    assertThat(entry.taskId()).isNull();
                    assertThat(entry.note()).isEqualTo("台账补录");
                });
        InspectionTask task = tasks.create(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.routineForm(inspecting, party, LocalDate.now()));
        assertThat(task.frequencyOutcome()).isEqualTo(FrequencyVerdict.Outcome.WARNED);
        assertThat(task.frequencyReasons()).anySatisfy(reason -> assertThat(reason).contains("已被检查"));
    }

    private void importLedger(List<List<String>> rows) throws Exception {
        String page = mvc.perform(multipart("/inspection/history/import").file(new MockMultipartFile("file",
                        "history.xlsx", "application/octet-stream", ledger(rows)))
                        .with(user(RegistryTestData.supervisor())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已导入 " + rows.size() + " 条记录");
    }

    private Figure ofAgency(String code, Inspecting inspecting, Period period) {
        Indicator indicator = indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        return indicator.measure(RegistryTestData.COUNTY, period).byAgency().stream()
                .filter(row -> row.agencyId() == inspecting.agency().id()).findFirst().orElseThrow().figure();
    }
}
