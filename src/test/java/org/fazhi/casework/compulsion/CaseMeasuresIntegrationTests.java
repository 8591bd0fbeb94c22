package org.fazhi.casework.compulsion;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case's page shows its measures: each act on them in the case's timeline (linking to the measure), each period
 * among the case's running deadlines (查封、扣押 30 days, 先行登记保存 7 working days), met once lifted.
 */
@FazhiIntegrationTest
class CaseMeasuresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired Measures measures;
    @Autowired MeasureViews views;

    @Test
    void theCasePageShowsItsMeasuresActsInTheTimelineAndTheirPeriodsAmongItsDeadlines() throws Exception {
        Handling h = data.agency("案件措施局");
        long caseId = data.filed(h);
        long seizure = approved(h, caseId, MeasureKind.SEIZURE);
        long preservation = approved(h, caseId, MeasureKind.PRESERVATION);
        MeasureView seized = views.of(h.officer(), seizure);
        MeasureView preserved = views.of(h.officer(), preservation);

        String page = page(h.officer(), caseId);
        String timeline = table(page, "timeline");
        assertThat(timeline).contains("data-measure=\"" + seizure + "\"", "data-measure=\"" + preservation + "\"",
                "/casework/measures/" + seizure, "扣押", "先行登记保存", "报请批准", "负责人批准", "立案");
        assertThat(timeline.indexOf("立案")).isLessThan(timeline.indexOf("报请批准"));
        String deadlines = table(page, "deadlines");
        assertThat(deadlines).contains("作出处罚决定（九十日）", "查封、扣押期限（三十日，可延长三十日）",
                seized.period().dueOn().toString(), "先行登记保存处理（七个工作日）",
                preserved.period().dueOn().toString()).doesNotContain("按期完成");

        measures.lift(h.head(), seizure, new ActForm(key(), seized.version(), null, null, null,
                LiftingReason.NO_LONGER_NEEDED, null, null));
        assertThat(table(page(h.officer(), caseId), "deadlines")).contains("按期完成");
        assertThat(table(page(h.officer(), caseId), "timeline")).contains("解除");
        mvc.perform(get("/api/v1/casework/cases/" + caseId).with(user(h.officer())))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'SEIZURE_PERIOD')].dueOn")
                        .value(seized.period().dueOn().toString()))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'SEIZURE_PERIOD')].metOn").isNotEmpty());
    }

    private long approved(Handling h, long caseId, MeasureKind kind) {
        long id = measures.propose(h.officer(), caseId, new MeasureForm(key(), kind, false, "涉嫌经营过期食品",
                "《中华人民共和国食品安全法》第一百一十条", "县局涉案物品仓库", h.handlers(),
                List.of(new MeasureForm.Item("过期奶粉", "900克/罐", BigDecimal.TEN, "罐", "完好", null))))
                .measureId();
        measures.approve(h.head(), id, new ActForm(key(), views.of(h.officer(), id).version(), "同意", null, null,
                null, null, null));
        return id;
    }

    private String page(SignedInUser user, long caseId) throws Exception {
        return mvc.perform(get("/casework/cases/" + caseId).with(user(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
