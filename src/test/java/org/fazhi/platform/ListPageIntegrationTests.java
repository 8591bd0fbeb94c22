package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The skeleton every list page is built from (templates/fragments/list.html with ColumnHeadings and LabelledRows,
 * the filter record bound from query parameters), seen through the officer list, the training list (a column only
 * writers see, numeric columns) and the item list, which uses every kind of filter field.
 */
@FazhiIntegrationTest
class ListPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;

    @Test
    void aFilteredListWithNoRowsKeepsEveryFilterSaysSoAndExportsWithTheSameFilters() throws Exception {
        Agency agency = registry.agency("列表片段局");
        mvc.perform(get("/catalog/items").with(user(RegistryTestData.supervisor()))
                        .param("text", "无此事项").param("agency", String.valueOf(agency.id()))
                        .param("category", "INSPECTION").param("enterprise", "false").param("on", "2025-06-30")
                        .param("history", "true").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<input type=\"search\" name=\"text\" value=\"无此事项\">"),
                        containsString("<option value=\"" + agency.id() + "\" selected=\"selected\">" + agency.name() + "</option>"),
                        containsString("<option value=\"INSPECTION\" selected=\"selected\">"),
                        containsString("<option value=\"false\" selected=\"selected\">否</option>"),
                        containsString("<input type=\"date\" name=\"on\" value=\"2025-06-30\">"),
                        containsString("name=\"history\" value=\"true\" checked=\"checked\">"),
                        containsString("<a class=\"button\" href=\"/catalog/items\">重置</a>"),
                        containsString("<td colspan=\"7\">暂无记录</td>"),
                        containsString("共 0 条，第 2/1 页"),
                        containsString("href=\"/catalog/items/export?text=%E6%97%A0%E6%AD%A4%E4%BA%8B%E9%A1%B9&amp;agency="
                                + agency.id() + "&amp;category=INSPECTION&amp;enterprise=false&amp;on=2025-06-30"
                                + "&amp;history=true\""))));
    }

    @Test
    void aListPageHasItsToolbarFiltersHeadingsLabelledRowsAndPager() throws Exception {
        mvc.perform(get("/registry/officers").with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a class=\"button primary\" href=\"/registry/officers/new\">新增执法人员</a>"),
                        containsString("<form class=\"filters\" method=\"get\" action=\"/registry/officers\">"),
                        containsString("<table class=\"data\" id=\"officer-list\" data-cards=\"\"><thead><tr>"
                                + "<th>姓名</th><th>执法主体</th><th>身份证号</th><th>岗位</th><th>执法证</th><th>状态</th>"
                                + "</tr></thead>"),
                        containsString("<td data-label=\"身份证号\">"),
                        containsString("<nav class=\"pagination\""),
                        not(containsString("class=\"empty\"")))));
        mvc.perform(get("/registry/officers").param("name", "无此人员").with(user(RegistryTestData.supervisor())))
                .andExpect(content().string(containsString("<td colspan=\"6\">暂无记录</td>")));
    }

    @Test
    void aColumnOnlyWritersSeeCountsInTheEmptyRowOnlyForThem() throws Exception {
        String head = "<th class=\"num\">学时</th><th class=\"num\">本人当年累计学时</th><th>主办单位</th>";
        mvc.perform(get("/registry/training").param("officer", "无此人员").with(user(RegistryTestData.leader())))
                .andExpect(content().string(allOf(containsString(head + "</tr></thead>"),
                        containsString("<td colspan=\"7\">暂无记录</td>"))));
        mvc.perform(get("/registry/training").param("officer", "无此人员").with(user(RegistryTestData.supervisor())))
                .andExpect(content().string(allOf(containsString(head + "<th></th></tr></thead>"),
                        containsString("<td colspan=\"8\">暂无记录</td>"))));
    }

    @Test
    void everyCellOfADataTableCarriesItsColumnsLabelForThePhoneLayout() throws Exception {
        mvc.perform(get("/registry/regions").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<table class=\"data\" id=\"region-list\" data-cards=\"\">"),
                        containsString("<td data-label=\"区划代码\">410425</td>"),
                        // the edit column has no heading, so its cells have no label
                        not(containsString("data-label=\"\"")))));
        // a table written out by hand is labelled from its <th> cells
        mvc.perform(get("/inspection/statistics").with(user(RegistryTestData.leader())))
                .andExpect(content().string(allOf(containsString("<table class=\"data\" id=\"visits-per-party\" data-cards=\"\">"),
                        containsString("<td data-label=\"受检次数\">"))));
    }

    @Test
    void aYearInAFilterOrACaptionReadsAsAYear() throws Exception {
        mvc.perform(get("/inspection/statistics").param("year", "2025").with(user(RegistryTestData.leader())))
                .andExpect(content().string(allOf(containsString("2025 年各部门每月实施的检查"),
                        not(containsString("2,025")))));
        mvc.perform(get("/registry/certificates").with(user(RegistryTestData.leader())))
                .andExpect(content().string(allOf(containsString("年度年审逾期"), not(containsString(",02")))));
    }

    @Test
    void aListOnlyShowsTheButtonsItsReaderMayUse() throws Exception {
        mvc.perform(get("/registry/agencies").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/registry/agencies/export\""),
                        not(containsString("href=\"/registry/agencies/new\"")),
                        not(containsString("href=\"/registry/agencies/import\"")))));
        mvc.perform(get("/registry/agencies").with(user(RegistryTestData.supervisor())))
                .andExpect(content().string(allOf(containsString("href=\"/registry/agencies/new\""),
                        containsString("href=\"/registry/agencies/import\""))));
    }

    @Test
    void aFilterValueOfTheWrongTypeIsRefusedByThePageTheExportAndTheApiAlike() throws Exception {
        mvc.perform(get("/registry/officers").param("agency", "abc").with(user(RegistryTestData.leader())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/registry/officers/export").param("agency", "abc").with(user(RegistryTestData.leader())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/registry/officers").param("agency", "abc").with(user(RegistryTestData.leader()))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"))
                .andExpect(jsonPath("$.errors[0].message").value("格式不正确"));
        // the page and size of an API list are bound the same way (Paging)
        mvc.perform(get("/api/v1/registry/officers").param("size", "abc").with(user(RegistryTestData.leader()))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/registry/officers").param("page", "2").param("size", "3")
                        .with(user(RegistryTestData.leader())).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.items.length()").value(3));
    }
}
