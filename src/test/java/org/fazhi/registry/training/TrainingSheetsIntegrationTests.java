package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
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

/** Training records through Excel: template, a good and a bad import (all or nothing), refusals and the export. */
@FazhiIntegrationTest
class TrainingSheetsIntegrationTests {

    private static final List<String> HEADERS = List.of("持证人身份证号", "姓名", "培训课程", "培训日期", "学时", "组织单位");
    private static final String DAY = LocalDate.now().minusDays(10).toString();

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired TrainingRecords training;
    @Autowired JdbcClient jdbc;

    private Agency agencyA;
    private Officer officerA;
    private Officer officerB;
    private String idA;
    private String idB;

    @BeforeEach
    void twoAgenciesWithAnOfficerEach() {
        agencyA = data.agency("培训导入甲局");
        Agency agencyB = data.agency("培训导入乙局");
        idA = RegistryTestData.idNumber();
        idB = RegistryTestData.idNumber();
        officerA = data.officer(agencyA, "训甲" + RegistryTestData.suffix(), idA);
        officerB = data.officer(agencyB, "训乙" + RegistryTestData.suffix(), idB);
    }

    @Test
    void theTemplateHasTheImportHeaders() throws Exception {
        byte[] template = mvc.perform(get("/registry/training/import/template").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(template).get(0)).isEqualTo(HEADERS);
    }

    @Test
    void anAgencysLegalOfficeImportsTrainingOfItsOwnOfficers() throws Exception {
        byte[] file = workbook("培训记录", HEADERS, List.of(
                List.of(idA, officerA.name(), "行政处罚法专题培训", DAY, "8", "郏县司法局"),
                List.of(idA.toLowerCase(), "", "执法文书制作", DAY.replace('-', '/'), "2.5", "")));
        String page = upload(file, agencyAdmin(agencyA)).getResponse().getContentAsString();
        assertThat(page).contains("已导入 2 条记录");
        assertThat(jdbc.sql("select course || '|' || hours || '|' || coalesce(organiser, '') from registry.training_record"
                        + " where officer_id = ? order by course").param(officerA.id()).query(String.class).list())
                .containsExactly("执法文书制作|2.5|", "行政处罚法专题培训|8.0|郏县司法局");
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        String wrongCheckDigit = idA.substring(0, 17) + (idA.charAt(17) == '1' ? '2' : '1');
        String future = LocalDate.now().plusDays(5).toString();
        byte[] file = workbook("培训记录", HEADERS, List.of(
                List.of(idA, "", "依法行政培训", DAY, "4", ""),
                List.of(wrongCheckDigit, "", "依法行政培训", DAY, "4", ""),
                List.of(idB, "", "依法行政培训", DAY, "4", ""),
                List.of(idA, "", "", DAY, "4", ""),
                List.of(idA, "", "案卷评查", DAY, "四学时", ""),
                List.of(idA, "别人", "案卷评查", DAY, "4", ""),
                List.of(idA, officerA.name(), "依法行政培训", DAY, "4", "重复"),
                List.of(idA, "", "案卷评查", DAY, "300", ""),
                List.of(idA, "", "案卷评查", future, "4", "")));
        MvcResult result = upload(file, agencyAdmin(agencyA));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("没有写入任何数据");
        assertThat(problems(page)).containsExactly(
                "3|持证人身份证号|身份证号码校验位不正确",
                "4|持证人身份证号|参训执法人员不存在或不在您的管理范围内",
                "5|培训课程|必填",
                "6|学时|应为数字",
                "7|姓名|姓名与该身份证号登记的执法人员不一致（登记为：" + officerA.name() + "）",
                "8|培训课程|与第 2 行重复",
                "9|学时|培训学时应大于0且不超过200",
                "10|培训日期|培训日期不能晚于今天");
        assertThat(recordsOf(officerA) + recordsOf(officerB)).isZero();

        byte[] report = mvc.perform(get("/registry/training/import/report")
                        .session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(report)).hasSize(9);
    }

    @Test
    void whoMayNotRecordTrainingGetsNoImportPageAndNoImportLink() throws Exception {
        mvc.perform(get("/registry/training/import").with(user(leader()))).andExpect(status().isForbidden());
        mvc.perform(multipart("/registry/training/import").file(new MockMultipartFile("file", "t.xlsx",
                        "application/octet-stream", workbook("培训记录", HEADERS, List.of())))
                        .with(user(leader())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registry/training").param("agency", String.valueOf(agencyA.id())).with(user(leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/registry/training/export?"),
                        containsString("agency=" + agencyA.id()),
                        not(containsString("/registry/training/import")))));
        mvc.perform(get("/registry/training").with(user(agencyAdmin(agencyA)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/registry/training/import")));
    }

    @Test
    void theExportFollowsTheListFiltersAndMasksIdNumbers() throws Exception {
        training.create(admin(), new TrainingForm(officerA.id(), "导出课程", LocalDate.parse(DAY),
                new BigDecimal("6.5"), "县司法局", 0));
        training.create(admin(), new TrainingForm(officerB.id(), "别局课程", LocalDate.parse(DAY),
                new BigDecimal("3"), null, 0));
        byte[] export = mvc.perform(get("/registry/training/export").param("agency", String.valueOf(agencyA.id()))
                        .param("year", DAY.substring(0, 4)).param("officer", "").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = read(export);
        assertThat(rows.get(0)).startsWith(HEADERS.toArray(String[]::new)).endsWith("执法主体");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(officerA.idNumberMasked(), officerA.name(), "导出课程", DAY, "6.5",
                "县司法局", agencyA.name());
        assertThat(rows.get(1).get(0)).matches("\\d{6}\\*{8}\\d{3}[\\dX]").isNotEqualTo(idA);
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_EXPORTED'"
                + " and record_type = 'registry.training-record'").query(Long.class).single()).isPositive();
    }

    private MvcResult upload(byte[] content, SignedInUser by) throws Exception {
        return mvc.perform(multipart("/registry/training/import").file(new MockMultipartFile("file", "training.xlsx",
                        "application/octet-stream", content)).with(user(by)).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    private long recordsOf(Officer officer) {
        return jdbc.sql("select count(*) from registry.training_record where officer_id = ?").param(officer.id())
                .query(Long.class).single();
    }
}
