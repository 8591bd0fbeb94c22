package org.fazhi.catalog;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemRepository;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Item lists in and out of Excel: one row per version, all or nothing, problems by row and column. */
@FazhiIntegrationTest
class ItemSheetsIntegrationTests {

    static final List<String> HEADERS = List.of("事项编码", "事项名称", "事项类别", "实施主体", "涉企", "生效日期", "失效日期",
            "法律依据", "赋权");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired EnforcementItems items;
    @Autowired JdbcClient jdbc;

    @Test
    void aGoodFileIsImportedWholeWithTheHistoryOfACode() throws Exception {
        Agency agency = registry.agency("导入事项局");
        Agency department = registry.agency("导入赋权局");
        String code = CatalogTestData.code();
        String other = CatalogTestData.code();
        byte[] file = SheetFiles.workbook("执法事项", HEADERS, List.of(
                List.of(code, "对无证经营的行政处罚", "行政处罚", agency.name(), "是", "2021-01-01", "2023-12-31",
                        "《中华人民共和国食品安全法》第一百二十二条", ""),
                List.of(code, "对无证经营的行政处罚", "行政处罚", agency.name(), "是", "2024-01-01", "",
                        "《中华人民共和国食品安全法》第一百二十二条：违反本法规定，未取得食品生产经营许可……\n"
                                + "《中华人民共和国食品安全法实施条例》第六十七条",
                        "乡镇:" + department.name() + ":市场监管；街道:" + department.name()),
                List.of(other, "食品经营许可", "行政许可", agency.name(), "", "2024-01-01", "",
                        "《中华人民共和国食品安全法》第三十五条", "")));
        String page = upload(file).getResponse().getContentAsString();
        assertThat(page).contains("已导入 3 条记录");

        List<EnforcementItem> versions = items.all(RegistryTestData.admin(),
                new ItemRepository.Search(code, null, null, null, null, true));
        assertThat(versions).extracting(EnforcementItem::effectiveTo)
                .containsExactly(java.time.LocalDate.of(2023, 12, 31), null);
        EnforcementItem current = versions.get(1);
        assertThat(current.legalBases()).hasSize(2);
        assertThat(current.legalBases().get(0).quoted()).isEqualTo("违反本法规定，未取得食品生产经营许可……");
        assertThat(current.delegations()).extracting(d -> d.receiver().name()).containsExactly("TOWNSHIPS", "SUBDISTRICTS");
        assertThat(current.enterpriseRelated()).isTrue();
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        Agency agency = registry.agency("坏清单局");
        String code = CatalogTestData.code();
        String basis = "《中华人民共和国食品安全法》第一百二十二条";
        byte[] file = SheetFiles.workbook("执法事项", HEADERS, List.of(
                List.of(code, "正确的事项", "行政处罚", agency.name(), "否", "2024-01-01", "", basis, ""),
                List.of(CatalogTestData.code(), "主体不明的事项", "行政处罚", "不存在的局", "否", "2024-01-01", "", basis, ""),
                List.of(CatalogTestData.code(), "依据不明的事项", "行政处罚", agency.name(), "否", "2024-01-01", "",
                        "第十条：没收违法所得", ""),
                List.of("坏 编码", "编码有误的事项", "行政处罚", agency.name(), "否", "2024-01-01", "", basis, ""),
                List.of(code, "与第2行重叠的事项", "行政处罚", agency.name(), "否", "2025-01-01", "", basis, ""),
                List.of(CatalogTestData.code(), "赋权部门不明的事项", "行政处罚", agency.name(), "否", "2024-01-01", "",
                        basis, "乡镇:不存在的局"),
                List.of(CatalogTestData.code(), "日期颠倒的事项", "行政处罚", agency.name(), "否", "2024-01-01",
                        "2023-01-01", basis, ""),
                List.of(CatalogTestData.code(), "乡镇赋权乡镇的事项", "行政处罚", agency.name(), "否", "2024-01-01", "",
                        basis, "乡镇:龙山街道综合行政执法大队")));
        String page = upload(file).getResponse().getContentAsString();
        assertThat(page).contains("没有写入任何数据");
        assertThat(SheetFiles.problems(page)).containsExactly(
                "3|实施主体|实施主体不存在或不在本县",
                "4|法律依据|无法识别的法律依据“第十条：没收违法所得”：每项应为《法名》第X条：原文",
                "5|事项编码|事项编码应为2-40位字母、数字或连字符",
                "6|生效日期|与编码" + code + "自2024-01-01起施行的现行版本时间重叠：请用“修订”产生新版本",
                "7|赋权|赋权部门“不存在的局”不存在或不在本县",
                "8|失效日期|失效日期不能早于生效日期",
                "9|赋权|第1项赋权的赋权部门应为本县的县直部门");
        assertThat(jdbc.sql("select count(*) from catalog.item where agency_id = ?").param(agency.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anExportReadsBackAsTheImportSheet() throws Exception {
        Agency agency = registry.agency("导出事项局");
        Agency department = registry.agency("导出赋权局");
        EnforcementItem item = data.item(CatalogTestData.delegated(CatalogTestData.form(agency.id(),
                CatalogTestData.code(), "导出的事项", java.time.LocalDate.of(2024, 1, 1), null), department.id()));
        byte[] export = mvc.perform(get("/catalog/items/export").param("agency", String.valueOf(agency.id()))
                        .with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = SheetFiles.read(export);
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(item.code(), "导出的事项", "行政处罚", agency.name(), "是", "2024-01-01", "",
                "《中华人民共和国食品安全法》第一百二十四条：违反本法规定……", "乡镇:" + department.name() + ":市场监管");
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_EXPORTED' and record_type = 'catalog.item'")
                .query(Long.class).single()).isPositive();
    }

    private org.springframework.test.web.servlet.MvcResult upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/catalog/items/import").file(new MockMultipartFile("file", "items.xlsx",
                        "application/octet-stream", content)).with(user(RegistryTestData.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }
}
