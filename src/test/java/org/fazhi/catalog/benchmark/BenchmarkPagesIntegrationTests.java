package org.fazhi.catalog.benchmark;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The benchmark pages: list, detail with tiers and 试算, the form with repeated tier rows, publishing. */
@FazhiIntegrationTest
class BenchmarkPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired Benchmarks benchmarks;

    @Test
    void theDetailPageShowsTiersAsMoneyOrMultiplesAndRunsTheTrial() throws Exception {
        Agency agency = registry.agency("页面基准局");
        ItemRef item = catalog.penaltyItem(agency);
        DiscretionBenchmark benchmark = benchmarks.create(RegistryTestData.admin(), BenchmarkTestData.benchmarkForm(item.id()));
        mvc.perform(get("/catalog/benchmarks").param("text", item.code()).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试裁量基准")))
                .andExpect(content().string(containsString("未公布")));
        mvc.perform(get("/catalog/benchmarks/" + benchmark.id()).with(user(RegistryTestData.user(Role.OFFICER, agency.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¥1,000.00至¥5,000.00")))
                .andExpect(content().string(containsString("违法所得的1至3倍")))
                .andExpect(content().string(containsString("没收违法所得")))
                .andExpect(content().string(not(containsString("catalog/benchmarks/" + benchmark.id() + "/edit"))));
        mvc.perform(get("/catalog/benchmarks/" + benchmark.id() + "/check").with(user(RegistryTestData.leader()))
                        .param("tier", "一般").param("kinds", "FINE").param("fine", "6000").param("decidedOn", "2026-03-25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("超出裁量基准")))
                .andExpect(content().string(containsString("该裁量基准尚未公布，不得作为处罚依据（行政处罚法第三十四条）")))
                .andExpect(content().string(containsString("罚款¥6,000.00高于本档次上限¥5,000.00")));
        mvc.perform(get("/catalog/benchmarks/" + benchmark.id() + "/check").with(user(RegistryTestData.leader()))
                        .param("tier", "一般").param("fine", "abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("金额格式不正确")));
    }

    @Test
    void aBenchmarkIsDraftedInTheFormWithRepeatedRowsAndThenPublished() throws Exception {
        Agency agency = registry.agency("表单基准局");
        ItemRef item = catalog.penaltyItem(agency);
        mvc.perform(get("/catalog/benchmarks/new").param("item", String.valueOf(item.id()))
                        .with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tier-4\"")))
                .andExpect(content().string(containsString(item.code())));
        String location = mvc.perform(post("/catalog/benchmarks").with(user(RegistryTestData.agencyAdmin(agency))).with(csrf())
                        .param("itemId", String.valueOf(item.id())).param("title", "表单裁量基准")
                        .param("effectiveFrom", "2025-01-01").param("version", "0")
                        .param("tiers[0].name", "轻微").param("tiers[0].circumstances", "初次违法")
                        .param("tiers[0].kinds", "WARNING").param("tiers[0].fineBasis", "NONE")
                        .param("tiers[1].name", "").param("tiers[1].circumstances", "").param("tiers[1].fineBasis", "NONE")
                        .param("tiers[2].name", "一般").param("tiers[2].circumstances", "一般情形")
                        .param("tiers[2].kinds", "WARNING", "FINE").param("tiers[2].fineBasis", "FIXED")
                        .param("tiers[2].fineMin", "500").param("tiers[2].fineMax", "2000.5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/catalog/benchmarks/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DiscretionBenchmark saved = benchmarks.get(RegistryTestData.admin(), id);
        assertThat(saved.tiers()).extracting(BenchmarkTier::name).containsExactly("轻微", "一般");
        assertThat(saved.tiers().get(1).fineRule().max().fen()).isEqualTo(200_050);
        mvc.perform(get("/catalog/benchmarks/" + id + "/edit").with(user(RegistryTestData.agencyAdmin(agency))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"2000.50\"")));
        mvc.perform(post("/catalog/benchmarks/" + id + "/publish").with(user(RegistryTestData.agencyAdmin(agency))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(benchmarks.get(RegistryTestData.admin(), id).published()).isTrue();
    }

    @Test
    void theFormShowsTheDomainsProblemsBesideTheTierFields() throws Exception {
        Agency agency = registry.agency("错误基准局");
        ItemRef item = catalog.penaltyItem(agency);
        mvc.perform(post("/catalog/benchmarks").with(user(RegistryTestData.admin())).with(csrf())
                        .param("itemId", String.valueOf(item.id())).param("title", "有错的基准")
                        .param("effectiveFrom", "2025-01-01").param("version", "0")
                        .param("tiers[0].name", "一般").param("tiers[0].circumstances", "一般情形")
                        .param("tiers[0].kinds", "FINE").param("tiers[0].fineBasis", "NONE")
                        .param("tiers[1].name", "一般").param("tiers[1].circumstances", "重名")
                        .param("tiers[1].kinds", "WARNING").param("tiers[1].fineBasis", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("选择了罚款，请设定罚款方式")))
                .andExpect(content().string(containsString("档次名称“一般”重复")))
                .andExpect(content().string(containsString("id=\"tier-4\"")));
    }
}
