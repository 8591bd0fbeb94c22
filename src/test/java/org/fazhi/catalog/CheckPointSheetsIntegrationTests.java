package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.checklist.Checklists;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemForm;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.SheetFiles;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Checklists in and out of Excel: versions named by code and date, all or nothing, problems by row and column. */
@FazhiIntegrationTest
class CheckPointSheetsIntegrationTests {

    static final List<String> HEADERS = List.of("事项编码", "版本生效日期", "事项名称", "序号", "检查内容", "检查标准", "检查依据",
            "重点项");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired EnforcementItems items;
    @Autowired Checklists checklists;

    @Test
    void aGoodFileSetsThePointsOfTheVersionsItNamesKeepingTheIdsOfPointsItEdits() throws Exception {
        Agency agency = registry.agency("表单导入局");
        String code = CatalogTestData.code();
        EnforcementItem current = revised(agency, code);
        LocalDate nextYear = LocalDate.now().plusYears(1).withDayOfYear(1);
        EnforcementItem future = revise(items.get(admin(), current.id()), nextYear);
        long kept = checklists.of(admin(), current.id()).get(0).id();
        String basis = "《中华人民共和国食品安全法》第五十三条";
        byte[] file = SheetFiles.workbook("检查表单", HEADERS, List.of(
                List.of(code, "", "", "1", "许可证件（更正）", "许可证在有效期内", basis, "是"),
                List.of(code, "", "", "2", "进货查验记录", "如实记录进货信息", basis, "否"),
                List.of(code, nextYear.toString(), "", "2", "贮存条件", "按要求贮存食品", "", "")));

        String page = upload(file, admin()).getResponse().getContentAsString();

        assertThat(page).contains("已导入 3 条记录");
        List<CheckPoint> points = checklists.of(admin(), current.id());
        assertThat(points).extracting(CheckPoint::content).containsExactly("许可证件（更正）", "进货查验记录");
        assertThat(points.get(0).id()).isEqualTo(kept);
        assertThat(points.get(0).keyPoint()).isTrue();
        assertThat(checklists.of(admin(), future.id())).extracting(CheckPoint::content)
                .containsExactly("许可证件", "贮存条件");
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        Agency agency = registry.agency("表单坏文件局");
        Agency other = registry.agency("表单别家局");
        String code = CatalogTestData.code();
        EnforcementItem current = revised(agency, code);
        String foreign = data.item(CatalogTestData.inspectionForm(other.id(), CatalogTestData.code(), "别家检查事项",
                LocalDate.of(2024, 1, 1), null)).code();
        String penalty = data.item(agency, "对无证经营的行政处罚", LocalDate.of(2024, 1, 1), null).code();
        byte[] file = SheetFiles.workbook("检查表单", HEADERS, List.of(
                List.of(code, "", "", "3", "贮存条件", "按要求贮存食品", "", ""),
                List.of(code, "", "", "3", "清洗消毒", "餐饮具清洗消毒", "", ""),
                List.of(code, "2019-01-01", "", "1", "许可证件", "持有许可证", "", ""),
                List.of(foreign, "", "", "1", "许可证件", "持有许可证", "", ""),
                List.of(code, "", "", "4", "标", "标准", "", ""),
                List.of(penalty, "", "", "1", "许可证件", "持有许可证", "", ""),
                List.of(code, "2021-01-01", "", "2", "进货查验", "如实记录", "", "")));

        String page = upload(file, agencyAdmin(agency)).getResponse().getContentAsString();

        assertThat(page).contains("没有写入任何数据");
        assertThat(SheetFiles.problems(page)).containsExactly(
                "3|序号|同一事项版本的该序号已在第2行出现",
                "4|版本生效日期|该事项没有自2019-01-01起施行的版本",
                "5|事项编码|事项编码“" + foreign + "”不存在，或不是您可以维护的事项",
                "6|检查内容|检查内容应为2-200个字",
                "7||只有行政检查类事项有检查表单",
                "8||该版本已于2023-12-31失效，其检查表单是当时检查所依据的内容，不能再修改；请修订事项产生新版本");
        assertThat(checklists.of(admin(), current.id())).extracting(CheckPoint::content).containsExactly("许可证件");
    }

    @Test
    void anExportReadsBackAsTheImportSheet() throws Exception {
        Agency agency = registry.agency("表单导出局");
        String code = CatalogTestData.code();
        revised(agency, code);

        byte[] export = mvc.perform(get("/catalog/check-points/export").param("text", code)
                        .with(user(agencyAdmin(agency))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = SheetFiles.read(export);
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(code, "2024-01-01", "对食品经营者的监督检查", "1", "许可证件",
                "许可证件符合规定", "《中华人民共和国食品安全法》第三十五条", "否");
        String page = upload(SheetFiles.workbook("检查表单", HEADERS, rows.subList(1, 2)), agencyAdmin(agency))
                .getResponse().getContentAsString();
        assertThat(page).contains("已导入 1 条记录");
        mvc.perform(get("/catalog/check-points").with(user(agencyAdmin(agency)))).andExpect(status().isOk());
        mvc.perform(get("/catalog/check-points/import").with(user(RegistryTestData.user(Role.OFFICER,
                agency.id())))).andExpect(status().isForbidden());
    }

    /** An inspection item filed for 2021 with one point, revised from 2024 (which copies the point). */
    private EnforcementItem revised(Agency agency, String code) {
        EnforcementItem first = data.item(CatalogTestData.inspectionForm(agency.id(), code, "对食品经营者的监督检查",
                LocalDate.of(2021, 1, 1), null));
        checklists.save(admin(), first.id(), ChecklistIntegrationTests.form(first.version(),
                ChecklistIntegrationTests.row(null, "许可证件")));
        return revise(items.get(admin(), first.id()), LocalDate.of(2024, 1, 1));
    }

    private EnforcementItem revise(EnforcementItem version, LocalDate from) {
        ItemForm form = CatalogTestData.inspectionForm(version.agencyId(), version.code(), version.name(), from, null);
        return items.revise(admin(), version.id(), new ItemForm(form.agencyId(), form.code(), form.name(),
                form.category(), true, from, null, form.legalBases(), List.of(), version.version()));
    }

    private MvcResult upload(byte[] content, SignedInUser who) throws Exception {
        return mvc.perform(multipart("/catalog/check-points/import").file(new MockMultipartFile("file",
                        "checklists.xlsx", "application/octet-stream", content)).with(user(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }
}
