package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public list shows, without login, the items in force today with their legal bases, and nothing else. */
@FazhiIntegrationTest
class PublicItemsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired EnforcementItems items;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void showsItemsInForceButNeitherEndedNorFutureOnes() throws Exception {
        Agency agency = registry.agency("公示事项局");
        EnforcementItem inForce = data.item(agency, "公示中的现行事项", today.minusYears(1), null);
        EnforcementItem endsToday = data.item(agency, "公示中今日到期的事项", today.minusYears(1), today);
        data.item(agency, "公示中已失效的事项", today.minusYears(2), today.minusDays(1));
        data.item(agency, "公示中尚未施行的事项", today.plusDays(1), null);
        mvc.perform(get("/public/catalog/items").param("agency", String.valueOf(agency.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(inForce.name()), containsString(endsToday.name()),
                        containsString("《中华人民共和国食品安全法》第一百二十四条"), containsString("公示事项局"),
                        not(containsString("公示中已失效的事项")), not(containsString("公示中尚未施行的事项")))));
    }

    @Test
    void searchesByName() throws Exception {
        Agency agency = registry.agency("公示检索局");
        data.item(agency, "公示检索甲事项", today.minusYears(1), null);
        data.item(agency, "公示检索乙事项", today.minusYears(1), null);
        mvc.perform(get("/public/catalog/items").param("text", "公示检索甲"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("公示检索甲事项"), not(containsString("公示检索乙事项")))));
    }

    @Test
    void theHistoryOfAnItemIsNotPublished() throws Exception {
        Agency agency = registry.agency("公示修订局");
        EnforcementItem old = data.item(agency, "公示修订前的名称", today.minusYears(2), null);
        items.revise(RegistryTestData.admin(), old.id(),
                CatalogTestData.form(agency.id(), old.code(), "公示修订后的名称", today.minusYears(1), null));
        mvc.perform(get("/public/catalog/items").param("agency", String.valueOf(agency.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("公示修订后的名称"), not(containsString("公示修订前的名称")))));
    }

    @Test
    void thePortalHomeLinksTheListWithoutLogin() throws Exception {
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"public-lists\""),
                        containsString("/public/catalog/items"), containsString("执法事项清单"))));
    }
}
