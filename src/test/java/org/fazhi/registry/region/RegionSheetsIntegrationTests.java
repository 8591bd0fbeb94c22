package org.fazhi.registry.region;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.SheetFiles.problems;
import static org.fazhi.registry.SheetFiles.read;
import static org.fazhi.registry.SheetFiles.workbook;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Townships through Excel: template, a good and a bad import (all or nothing), refusals and the export. */
@FazhiIntegrationTest
class RegionSheetsIntegrationTests {

    private static final List<String> HEADERS = List.of("区划代码", "名称", "类型");
    /** Township codes no other test or the demo county uses (those take 001-099 and 100-199). */
    private static final AtomicInteger CODES = new AtomicInteger(500 + ThreadLocalRandom.current().nextInt(200));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theTemplateHasTheImportHeaders() throws Exception {
        byte[] template = mvc.perform(get("/registry/regions/import/template").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(template).get(0)).isEqualTo(HEADERS);
    }

    @Test
    void aGoodFileAddsEveryTownship() throws Exception {
        String town = nextCode();
        String subdistrict = nextCode();
        String suffix = RegistryTestData.suffix();
        byte[] file = workbook("行政区划", HEADERS, List.of(List.of(town, "导入镇" + suffix, "镇"),
                List.of(subdistrict, "导入街道" + suffix, "街道")));
        assertThat(upload(file, admin()).getResponse().getContentAsString()).contains("已导入 2 条记录");
        assertThat(jdbc.sql("select code || '|' || name || '|' || kind || '|' || parent_code from registry.region"
                        + " where code in (?, ?) order by code").params(town, subdistrict).query(String.class).list())
                .containsExactly(town + "|导入镇" + suffix + "|TOWN|410425",
                        subdistrict + "|导入街道" + suffix + "|SUBDISTRICT|410425");
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        String good = nextCode();
        String suffix = RegistryTestData.suffix();
        byte[] file = workbook("行政区划", HEADERS, List.of(
                List.of(good, "正确乡" + suffix, "乡"),
                List.of("41042510", "八位码镇" + suffix, "镇"),
                List.of("410426100", "外县镇" + suffix, "镇"),
                List.of(good, "重复码镇" + suffix, "镇"),
                List.of(nextCode(), "县级" + suffix, "县（市、区）"),
                List.of(nextCode(), "", "镇"),
                List.of(nextCode(), "堂街镇", "镇")));
        String page = upload(file, admin()).getResponse().getContentAsString();
        assertThat(page).contains("没有写入任何数据");
        assertThat(problems(page)).containsExactly(
                "3|区划代码|乡镇（街道）区划代码应为9位数字",
                "4|区划代码|区划代码不属于本县",
                "5|区划代码|该区划代码已存在",
                "6|类型|不是可选值之一：镇、乡、街道",
                "7|名称|必填",
                "8|名称|本县已有同名乡镇（街道）");
        assertThat(jdbc.sql("select count(*) from registry.region where code = ?").param(good)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheAdministratorImportsRegions() throws Exception {
        mvc.perform(get("/registry/regions/import").with(user(leader()))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/regions/import").with(user(supervisor()))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/regions/import").with(user(admin()))).andExpect(status().isOk());
        mvc.perform(get("/registry/regions").with(user(leader()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/registry/regions/export"),
                        not(containsString("/registry/regions/import")))));
        mvc.perform(get("/registry/regions").with(user(admin())))
                .andExpect(content().string(containsString("/registry/regions/import")));
    }

    @Test
    void theExportListsTheCountyAndItsTownships() throws Exception {
        List<List<String>> rows = read(mvc.perform(get("/registry/regions/export").with(user(leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows.get(1)).containsExactly("410425", "郏县", "县（市、区）");
        assertThat(rows).contains(List.of("410425001", "龙山街道", "街道"));
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_EXPORTED'"
                + " and record_type = 'registry.region'").query(Long.class).single()).isPositive();
    }

    private static String nextCode() {
        return "410425" + CODES.incrementAndGet();
    }

    private MvcResult upload(byte[] content, SignedInUser by) throws Exception {
        return mvc.perform(multipart("/registry/regions/import").file(new MockMultipartFile("file", "regions.xlsx",
                        "application/octet-stream", content)).with(user(by)).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }
}
