package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One session's scores through Excel: template, a good and a bad import (all or nothing), refusals, the export. */
@FazhiIntegrationTest
class ExamResultSheetsIntegrationTests {

    private static final List<String> HEADERS = List.of("身份证号", "姓名", "成绩");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired Exams exams;
    @Autowired JdbcClient jdbc;

    private Agency agencyA;
    private Agency agencyB;
    private Officer officerA;
    private Officer officerB;
    private String idA;
    private String idB;
    private ExamSession session;

    @BeforeEach
    void aHeldSessionAndTwoOfficers() {
        agencyA = data.agency("成绩导入甲局");
        agencyB = data.agency("成绩导入乙局");
        idA = RegistryTestData.idNumber();
        idB = RegistryTestData.idNumber();
        officerA = data.officer(agencyA, "考甲" + RegistryTestData.suffix(), idA);
        officerB = data.officer(agencyB, "考乙" + RegistryTestData.suffix(), idB);
        session = session(LocalDate.now().minusDays(2));
    }

    @Test
    void theTemplateHasTheImportHeaders() throws Exception {
        byte[] template = mvc.perform(get(path("/import/template")).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(template).get(0)).isEqualTo(HEADERS);
    }

    @Test
    void aGoodFileRecordsEveryScore() throws Exception {
        byte[] file = workbook("考试成绩", HEADERS, List.of(List.of(idA, officerA.name(), "86.5"), List.of(idB, "", "42")));
        assertThat(upload(file, session).getResponse().getContentAsString()).contains("已导入 2 条记录");
        assertThat(scores(session)).containsExactly(officerA.id() + ":86.5", officerB.id() + ":42.0");
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemByRowAndColumn() throws Exception {
        String wrongCheckDigit = idA.substring(0, 17) + (idA.charAt(17) == '1' ? '2' : '1');
        byte[] file = workbook("考试成绩", HEADERS, List.of(
                List.of(idA, "", "70"),
                List.of(wrongCheckDigit, "", "70"),
                List.of(RegistryTestData.idNumber(), "", "70"),
                List.of(idB, "", "缺考"),
                List.of("", officerB.name(), "80"),
                List.of(idA, "", "75"),
                List.of(idB, "", "120"),
                List.of(idB, "别人", "60")));
        MvcResult result = upload(file, session);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("没有写入任何数据");
        assertThat(problems(page)).containsExactly(
                "3|身份证号|身份证号码校验位不正确",
                "4|身份证号|参考执法人员不存在或不在您的管理范围内",
                "5|成绩|应为数字",
                "6|身份证号|必填",
                "7|身份证号|该执法人员在本场考试中已有成绩，如需修改请更正成绩",
                "8|成绩|成绩应在0到满分（100分）之间",
                "9|姓名|姓名与该身份证号登记的执法人员不一致（登记为：" + officerB.name() + "）");
        assertThat(scores(session)).isEmpty();
        byte[] report = mvc.perform(get(path("/import/report")).session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(report)).hasSize(8);
    }

    @Test
    void noScoreIsImportedBeforeTheSessionIsHeld() throws Exception {
        ExamSession upcoming = session(LocalDate.now().plusDays(7));
        String page = upload(workbook("考试成绩", HEADERS, List.of(List.of(idA, "", "70"))), upcoming)
                .getResponse().getContentAsString();
        assertThat(problems(page)).containsExactly("2||考试日期为" + upcoming.heldOn() + "，考试举行后方可录入成绩");
        assertThat(scores(upcoming)).isEmpty();
    }

    @Test
    void onlyTheBureauImportsScores() throws Exception {
        mvc.perform(get(path("/import")).with(user(leader()))).andExpect(status().isForbidden());
        mvc.perform(get(path("/import")).with(user(agencyAdmin(agencyA)))).andExpect(status().isForbidden());
        mvc.perform(get(path("/import")).with(user(supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/registry/exams/" + session.id() + "/results/import")));
        mvc.perform(get("/registry/exams/" + session.id()).with(user(leader()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(path("/export")), not(containsString(path("/import"))))));
        mvc.perform(get("/registry/exams/" + session.id()).with(user(admin())))
                .andExpect(content().string(containsString(path("/import"))));
        mvc.perform(get(path("")).with(user(leader()))).andExpect(redirectedUrl("/registry/exams/" + session.id()));
    }

    @Test
    void theExportListsTheSessionsScoresWithIdNumbersMasked() throws Exception {
        exams.recordScore(admin(), session.id(), new ExamResultForm(officerA.id(), new BigDecimal("81"), 0));
        exams.recordScore(admin(), session.id(), new ExamResultForm(officerB.id(), new BigDecimal("42.5"), 0));
        List<List<String>> rows = read(mvc.perform(get(path("/export")).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly("身份证号", "姓名", "执法主体", "成绩", "结果");
        assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrder(
                List.of(officerA.idNumberMasked(), officerA.name(), agencyA.name(), "81", "合格"),
                List.of(officerB.idNumberMasked(), officerB.name(), agencyB.name(), "42.5", "不合格"));
        assertThat(rows.get(1).get(0)).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        List<List<String>> own = read(mvc.perform(get(path("/export")).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(own).hasSize(2);
        assertThat(own.get(1).get(1)).isEqualTo(officerA.name());
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'DATA_EXPORTED'"
                + " and record_type = 'registry.exam-result'").query(Long.class).single()).isPositive();
    }

    private ExamSession session(LocalDate heldOn) {
        return exams.create(admin(), new ExamSessionForm("导入考试" + RegistryTestData.suffix(), ExamKind.ANNUAL, heldOn,
                new BigDecimal("60"), new BigDecimal("100"), 0));
    }

    private String path(String rest) {
        return "/registry/exams/" + session.id() + "/results" + rest;
    }

    private MvcResult upload(byte[] content, ExamSession into) throws Exception {
        return mvc.perform(multipart("/registry/exams/" + into.id() + "/results/import").file(new MockMultipartFile(
                        "file", "scores.xlsx", "application/octet-stream", content)).with(user(admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    private List<String> scores(ExamSession of) {
        return jdbc.sql("select officer_id || ':' || score from registry.exam_result where session_id = ? order by score desc")
                .param(of.id()).query(String.class).list();
    }
}
