package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemForm;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.filing.FilingForm;
import org.fazhi.inspection.filing.PlanCoverage;
import org.fazhi.inspection.filing.PlanFiling;
import org.fazhi.inspection.filing.PlanFilings;
import org.fazhi.inspection.indicator.InspectionStatistics;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskForm;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskOrigin;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.inspection.LocatedScansIntegrationTests.asUser;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Inspections outside a filed annual plan are flagged (not refused): on the task, the list, the statistics. */
@FazhiIntegrationTest
class OutsidePlanIntegrationTests {

    private static final int THIS_YEAR = LocalDate.now().getYear();

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired PlanFilings filings;
    @Autowired PlanCoverage coverage;
    @Autowired InspectionStatistics statistics;
    @Autowired MockMvc mvc;
    @Autowired EnforcementItems catalog;
    @Autowired BenchmarkTestData benchmarks;

    @Test
    void aSpecialInspectionOfAnAgencyWithoutAnAcceptedPlanIsFlaggedEverywhere() throws Exception {
        Inspecting inspecting = data.agency("无计划局", 2);
        InspectionTask special = approvedSpecial(inspecting);
        InspectionTask byComplaint = data.approvedCase(inspecting, data.enterprise(false));
        SignedInUser office = agencyAdmin(inspecting.agency());

        assertThat(coverage.gapOf(special)).get().satisfies(gap ->
                assertThat(gap.agenciesWithoutPlan()).containsExactly(inspecting.agency().id()));
        assertThat(coverage.gapOf(byComplaint)).isEmpty();
        assertThat(coverage.outsideIn(office.scope(), THIS_YEAR, PageRequest.of(1, 200)).items())
                .extracting(row -> row.task().id()).contains(special.id()).doesNotContain(byComplaint.id());
        Inspecting other = data.agency("旁观局", 2);
        assertThat(coverage.outsideIn(agencyAdmin(other.agency()).scope(), THIS_YEAR, PageRequest.of(1, 200)).items())
                .extracting(row -> row.task().id()).doesNotContain(special.id());
        mvc.perform(get("/inspection/tasks/" + special.id()).with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"outside-plan\""),
                        containsString("没有已通过的 " + THIS_YEAR + " 年度检查计划"))));
        mvc.perform(get("/inspection/tasks/" + byComplaint.id()).with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"outside-plan\""))));
        mvc.perform(get("/inspection/tasks").with(asUser(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("计划外检查")));
        mvc.perform(get("/inspection/plan-filings/outside-plan").with(asUser(supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(special.code())));
        mvc.perform(get("/api/v1/inspection/outside-plan-inspections").param("year", String.valueOf(THIS_YEAR))
                        .param("size", "200").with(asUser(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"taskId\":" + special.id()
                        + ",\"code\":\"" + special.code() + "\"")))
                .andExpect(jsonPath("$.total").isNumber());

        String code = visits.codeOf(special).orElseThrow();
        visits.scan(code, null, null);
        assertThat(statistics.flagged(office.scope(), THIS_YEAR)[0]).isEqualTo(1);
    }

    @Test
    void anAcceptedPlanNamingTheItemClearsTheFlagAndOneWithoutItNamesTheItem() throws Exception {
        Inspecting covered = data.agency("有计划局", 2);
        Inspecting partly = data.agency("缺事项局", 2);
        ItemRef other = data.anotherInspectionItem(partly);
        InspectionTask inPlan = approvedSpecial(covered);
        InspectionTask itemOutside = approvedSpecial(partly);

        accept(file(covered, covered.item()));
        accept(file(partly, other));

        assertThat(coverage.gapOf(inPlan)).isEmpty();
        assertThat(coverage.gapOf(itemOutside)).get().satisfies(gap -> {
            assertThat(gap.agenciesWithoutPlan()).isEmpty();
            assertThat(gap.itemsOutside()).containsExactly(partly.item().id());
        });
        assertThat(coverage.outsideAmong(List.of(inPlan, itemOutside))).containsExactly(itemOutside.id());
        assertThat(coverage.outsideIn(supervisor().scope(), THIS_YEAR, PageRequest.of(1, 200)).items())
                .extracting(row -> row.task().id()).contains(itemOutside.id()).doesNotContain(inPlan.id());
    }

    @Test
    void aPlanNamesTheItemSoARevisedVersionStaysInsideIt() {
        Inspecting inspecting = data.agency("修订事项局", 2);
        accept(file(inspecting, inspecting.item()));
        EnforcementItem revised = catalog.revise(RegistryTestData.admin(), inspecting.item().id(),
                new ItemForm(inspecting.agency().id(), inspecting.item().code(), "修订后的检查事项",
                        ItemCategory.INSPECTION, false, LocalDate.now(), null,
                        List.of(new ItemForm.BasisRow("中华人民共和国食品安全法", "第一百一十条", null)), List.of(),
                        benchmarks.version(inspecting.item().id())));
        InspectionTask task = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                new TaskForm(TaskKind.SPECIAL, TaskOrigin.CAMPAIGN, "专项行动", data.enterprise(false).creditCode(),
                        List.of(revised.id()), inspecting.officers().stream().map(Officer::id).toList(),
                        LocalDate.now(), LocalDate.now().plusDays(7), false));

        assertThat(coverage.gapOf(task)).as("the plan named the item before its revision").isEmpty();
    }

    @Test
    void aPlanAwaitingReviewDoesNotCoverYet() throws Exception {
        Inspecting inspecting = data.agency("待审计划局", 2);
        InspectionTask task = approvedSpecial(inspecting);
        file(inspecting, inspecting.item());

        assertThat(coverage.gapOf(task)).isPresent();
    }

    private InspectionTask approvedSpecial(Inspecting inspecting) {
        InspectionTask task = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.routineForm(inspecting, data.enterprise(false), LocalDate.now()));
        return tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
    }

    private PlanFiling file(Inspecting inspecting, ItemRef item) {
        return filings.file(agencyAdmin(inspecting.agency()), new FilingForm(THIS_YEAR, 10, 5, 0,
                List.of(item.id()), null, null), PlanFilingIntegrationTests.upload());
    }

    private void accept(PlanFiling filing) {
        filings.accept(supervisor(), filing.id(), filing.version());
    }
}
