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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Filing, finding and revising items through the pages; the detail page shows the code's history. */
@FazhiIntegrationTest
class ItemPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired EnforcementItems items;

    @Test
    void filesAnItemWithItsRowsFindsItAndRevisesItKeepingTheHistory() throws Exception {
        Agency agency = registry.agency("页面事项局");
        Agency department = registry.agency("页面赋权局");
        String code = CatalogTestData.code();
        String location = mvc.perform(post("/catalog/items").with(user(RegistryTestData.supervisor())).with(csrf())
                        .param("agencyId", String.valueOf(agency.id())).param("code", code)
                        .param("name", "对页面测试违法行为的行政处罚").param("category", "PENALTY")
                        .param("enterpriseRelated", "true").param("effectiveFrom", "2024-01-01").param("version", "0")
                        .param("legalBases[0].law", "《中华人民共和国食品安全法》").param("legalBases[0].article", "第一百二十四条")
                        .param("legalBases[0].quoted", "违反本法规定……").param("legalBases[1].law", "")
                        .param("legalBases[1].article", "").param("legalBases[1].quoted", "")
                        .param("delegations[0].receiver", "TOWNSHIPS")
                        .param("delegations[0].delegatingAgencyId", String.valueOf(department.id()))
                        .param("delegations[0].domain", "市场监管").param("delegations[1].receiver", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/catalog/items/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        EnforcementItem filed = items.get(RegistryTestData.admin(), id);
        assertThat(filed.legalBases()).hasSize(1);
        assertThat(filed.legalBases().get(0).law()).isEqualTo("中华人民共和国食品安全法");
        assertThat(filed.delegations()).hasSize(1);
        assertThat(filed.enterpriseRelated()).isTrue();

        mvc.perform(get("/catalog/items").param("text", code).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("对页面测试违法行为的行政处罚")));

        mvc.perform(get("/catalog/items/" + id + "/revise").with(user(RegistryTestData.admin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("legalBases[0].law")));
        String revised = mvc.perform(post("/catalog/items/" + id + "/revise").with(user(RegistryTestData.admin()))
                        .with(csrf()).param("agencyId", String.valueOf(agency.id())).param("code", code)
                        .param("name", "对页面测试违法行为的行政处罚（2025年版）").param("category", "PENALTY")
                        .param("effectiveFrom", "2025-01-01").param("version", String.valueOf(filed.version()))
                        .param("legalBases[0].law", "中华人民共和国食品安全法").param("legalBases[0].article", "第一百二十五条"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long nextId = Long.parseLong(revised.substring(revised.lastIndexOf('/') + 1));
        assertThat(items.get(RegistryTestData.admin(), id).effectiveTo()).isEqualTo(LocalDate.of(2024, 12, 31));

        mvc.perform(get("/catalog/items/" + nextId).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"item-versions\""),
                        containsString("2024-01-01 至 2024-12-31"), containsString("2025-01-01 至 长期"),
                        containsString("/catalog/items/" + id + "\""))));
        mvc.perform(get("/catalog/items").param("text", code).param("on", "2024-06-01").with(user(RegistryTestData.leader())))
                .andExpect(content().string(allOf(containsString("/catalog/items/" + id + "\""),
                        not(containsString("/catalog/items/" + nextId + "\"")))));
    }

    @Test
    void aFormWithoutLegalBasisIsShownAgainWithTheProblemBesideIt() throws Exception {
        Agency agency = registry.agency("缺依据局");
        mvc.perform(post("/catalog/items").with(user(RegistryTestData.admin())).with(csrf())
                        .param("agencyId", String.valueOf(agency.id())).param("code", CatalogTestData.code())
                        .param("name", "对缺依据行为的行政处罚").param("category", "PENALTY")
                        .param("effectiveFrom", "2024-01-01").param("version", "0")
                        .param("legalBases[0].law", "").param("legalBases[0].article", "第一条"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第1项法律依据未填写法律法规名称"),
                        containsString("提交的数据有误"))));
    }

    @Test
    void aRevisionThatOverlapsIsRefusedBesideTheDate() throws Exception {
        Agency agency = registry.agency("重叠局");
        EnforcementItem item = data.item(agency, "对重叠测试行为的行政处罚", LocalDate.of(2024, 1, 1), null);
        mvc.perform(post("/catalog/items").with(user(RegistryTestData.admin())).with(csrf())
                        .param("agencyId", String.valueOf(agency.id())).param("code", item.code())
                        .param("name", "对重叠测试行为的行政处罚").param("category", "PENALTY")
                        .param("effectiveFrom", "2025-01-01").param("version", "0")
                        .param("legalBases[0].law", "中华人民共和国食品安全法"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("自2024-01-01起施行的现行版本时间重叠")));
    }

    @Test
    void endingAVersionKeepsItInTheHistory() throws Exception {
        Agency agency = registry.agency("终止局");
        EnforcementItem item = data.item(agency, "对终止测试行为的行政处罚", LocalDate.of(2024, 1, 1), null);
        mvc.perform(post("/catalog/items/" + item.id() + "/end").with(user(RegistryTestData.admin())).with(csrf())
                        .param("lastDay", "2024-06-30").param("version", String.valueOf(item.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(RegistryTestData.admin(), item.id()).effectiveTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        mvc.perform(post("/catalog/items/" + item.id() + "/end").with(user(RegistryTestData.admin())).with(csrf())
                        .param("lastDay", "2023-06-30").param("version", String.valueOf(item.version() + 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("最后施行日不能早于该版本的生效日期")));
    }
}
