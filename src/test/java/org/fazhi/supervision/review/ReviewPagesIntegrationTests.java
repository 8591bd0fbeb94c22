package org.fazhi.supervision.review;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo county's campaigns on the pages and in the indicators; the new-campaign form's Chinese refusals. */
@FazhiIntegrationTest
class ReviewPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IndicatorCatalog indicators;

    @Test
    void showsTheDemoCampaignsTheirExcellentFilesAndTheirFigures() throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        mvc.perform(get("/supervision/reviews").with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(lastYear + "年度行政执法案卷评查")));
        mvc.perform(get("/supervision/reviews/excellent").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk());
        Period twoYears = new Period(LocalDate.now().minusYears(2), LocalDate.now());
        DataScope county = DataScope.ofRegion(RegistryTestData.COUNTY);

        assertThat(indicators.measure(indicators.find("REVIEW_CAMPAIGNS").orElseThrow(), county, twoYears)
                .total().value()).isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(2));
        assertThat(indicators.measure(indicators.find("REVIEWED_FILES").orElseThrow(), county, twoYears)
                .total().value()).isPositive();
        assertThat(indicators.measure(indicators.find("REVIEW_AVERAGE_SCORE").orElseThrow(), county, twoYears)
                .total().hasValue()).isTrue();
    }

    @Test
    void refusesAnIncompleteCampaignInChinese() throws Exception {
        mvc.perform(post("/supervision/reviews").with(user(RegistryTestData.supervisor())).with(csrf())
                        .param("sampleKind", "SHARE").param("sampleValue", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写评查活动名称")))
                .andExpect(content().string(containsString("抽取比例须为大于 0")))
                .andExpect(content().string(containsString("请选择本县的参评执法主体")));
        mvc.perform(post("/supervision/reviews").with(user(RegistryTestData.leader())).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
