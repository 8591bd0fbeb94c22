package org.fazhi.inspection;

import java.time.ZoneId;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.plan.CancelledPlans;
import org.fazhi.inspection.plan.CancelledPlans.Tally;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator can still refuse a draw it dislikes by cancelling the plan; the public sees, per agency and year, how
 * many published plans were cancelled, how many once the outcome could be computed, and why.
 */
@FazhiIntegrationTest
class CancelledPlansIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Plans plans;
    @Autowired PlanDraws draws;
    @Autowired CancelledPlans cancelled;
    @Autowired MockMvc mvc;

    @Test
    void cancellationsAfterPublicationArePublicPerAgencyAndYear() throws Exception {
        Inspecting inspecting = data.agency("撤销统计局", 3);
        InspectionPlan waiting = data.published(inspecting, InspectionTestData.form(inspecting, null));
        cancel(waiting.id(), "检查事项调整");
        InspectionPlan read = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        cancel(read.id(), "人员变动");
        cancel(data.drawn(inspecting, InspectionTestData.form(inspecting, null)).planId(), "对象名录有误");
        data.published(inspecting, InspectionTestData.form(inspecting, null));
        int year = waiting.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear();

        assertThat(cancelled.byAgencyAndYear(RegionCode.of("410425")))
                .filteredOn(tally -> tally.agencyId() == inspecting.agency().id())
                .containsExactly(new Tally(inspecting.agency().id(), inspecting.agency().name(), year, 4, 3, 2, 1,
                        java.util.List.of("检查事项调整", "人员变动", "对象名录有误")));
        mvc.perform(get("/public/inspection/plans")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("公布后撤销的计划"),
                        containsString(inspecting.agency().name()), containsString("检查事项调整；人员变动；对象名录有误"))));
    }

    private void cancel(long planId, String reason) {
        draws.cancel(supervisor(), planId, plans.get(supervisor(), planId).version(), reason);
    }
}
