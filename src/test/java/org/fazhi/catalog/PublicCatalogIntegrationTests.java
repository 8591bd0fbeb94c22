package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.benchmark.Benchmarks;
import org.fazhi.catalog.flexible.FlexibleEntryForm;
import org.fazhi.catalog.flexible.FlexibleLists;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.admin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The disclosure portal's catalog pages, opened without login: only what is published and in force. */
@FazhiIntegrationTest
class PublicCatalogIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired Benchmarks benchmarks;
    @Autowired FlexibleLists lists;

    @Test
    void onlyPublishedBenchmarksOfItemsInForceAreShown() throws Exception {
        Agency agency = registry.agency("公示基准局");
        ItemRef published = catalog.penaltyItem(agency);
        ItemRef draft = catalog.penaltyItem(agency);
        ItemRef ended = catalog.item(agency, ItemCategory.PENALTY, BenchmarkTestData.SINCE, LocalDate.now().minusDays(2));
        benchmarks.publish(admin(), benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(published.id())).id());
        benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(draft.id()));
        benchmarks.publish(admin(), benchmarks.create(admin(), BenchmarkTestData.benchmarkForm(ended.id())).id());
        mvc.perform(get("/public/catalog/benchmarks"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(published.code()), containsString("违法所得的1至3倍"),
                        containsString("¥1,000.00至¥5,000.00"), containsString(agency.name()))))
                .andExpect(content().string(not(containsString(draft.code()))))
                .andExpect(content().string(not(containsString(ended.code()))));
    }

    @Test
    void onlyEntriesInForceAreShownGroupedByList() throws Exception {
        Agency agency = registry.agency("公示柔性局");
        ItemRef current = catalog.penaltyItem(agency);
        ItemRef past = catalog.penaltyItem(agency);
        ItemRef future = catalog.penaltyItem(agency);
        LocalDate today = lists.today();
        lists.create(admin(), entry(FlexibleListKind.FIRST_OFFENCE, current, BenchmarkTestData.SINCE, null));
        lists.create(admin(), entry(FlexibleListKind.FIRST_OFFENCE, past, BenchmarkTestData.SINCE, today.minusDays(1)));
        lists.create(admin(), entry(FlexibleListKind.MITIGATED, future, today.plusDays(10), null));
        mvc.perform(get("/public/catalog/flexible"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("首违不罚清单"), containsString(current.code()))))
                .andExpect(content().string(not(containsString(past.code()))))
                .andExpect(content().string(not(containsString(future.code()))));
    }

    private static FlexibleEntryForm entry(FlexibleListKind kind, ItemRef item, LocalDate from, LocalDate to) {
        return new FlexibleEntryForm(kind, item.id(), "初次实施该违法行为", "首次违法、危害后果轻微并及时改正",
                "《中华人民共和国行政处罚法》第三十三条第一款", from, to, 0);
    }
}
