package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.Officers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class ExamPagesIntegrationTests {

    private static final LocalDate HELD_ON = LocalDate.now().minusDays(3);

    @Autowired MockMvc mvc;
    @Autowired Exams exams;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    @Autowired
    private RegistryTestData fixtures;
    private Agency agencyA;
    private Officer officerA;
    private Officer officerB;
    private ExamSession session;
    private ExamResult resultA;

    @BeforeEach
    void aSessionWithAPassAndAFail() {
        agencyA = fixtures.agency("页面考试甲局");
        Agency agencyB = fixtures.agency("页面考试乙局");
        officerA = fixtures.officer(agencyA, "页考甲" + RegistryTestData.suffix());
        officerB = fixtures.officer(agencyB, "页考乙" + RegistryTestData.suffix());
        session = exams.create(admin(), new ExamSessionForm("页面考试" + RegistryTestData.suffix(), ExamKind.ANNUAL,
                HELD_ON, new BigDecimal("60"), new BigDecimal("100"), 0));
        resultA = exams.recordScore(admin(), session.id(), new ExamResultForm(officerA.id(), new BigDecimal("81"), 0));
        exams.recordScore(admin(), session.id(), new ExamResultForm(officerB.id(), new BigDecimal("42.5"), 0));
    }

    @Test
    void theSessionsListShowsSatPassedAndPassRate() throws Exception {
        mvc.perform(get("/registry/exams").param("title", session.title()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(session.title()), containsString("50.00%"),
                        containsString(HELD_ON.toString()), containsString("年度考试"))));
    }

    @Test
    void theSessionPageShowsEachScoreWithItsOutcome() throws Exception {
        mvc.perform(get("/registry/exams/" + session.id()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(officerA.name()), containsString(officerB.name()),
                        containsString("不合格"), containsString("合格"), containsString("录入成绩"))));
        mvc.perform(get("/registry/exams/" + session.id()).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(officerA.name()), not(containsString(officerB.name())),
                        not(containsString("score-form")))));
    }

    @Test
    void theBureauAddsAndCorrectsScoresOnThePage() throws Exception {
        Officer newcomer = fixtures.officer(agencyA, "页考新" + RegistryTestData.suffix());
        mvc.perform(post("/registry/exams/" + session.id() + "/results").with(user(admin())).with(csrf())
                        .param("officerId", String.valueOf(newcomer.id())).param("score", "120").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("成绩应在0到满分（100分）之间")));
        mvc.perform(post("/registry/exams/" + session.id() + "/results").with(user(admin())).with(csrf())
                        .param("officerId", String.valueOf(newcomer.id())).param("score", "66").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/exams/" + session.id()));
        mvc.perform(get("/registry/exams/" + session.id() + "/results/" + resultA.id() + "/edit").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(officerA.name())));
        mvc.perform(post("/registry/exams/" + session.id() + "/results/" + resultA.id()).with(user(admin())).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("score", "59").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registry/exams/" + session.id() + "/results/" + resultA.id()).with(user(admin())).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("score", "70").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void theBureauHoldsAndEditsSessionsOnThePage() throws Exception {
        mvc.perform(get("/registry/exams/new").with(user(admin()))).andExpect(status().isOk());
        mvc.perform(get("/registry/exams/new").with(user(agencyAdmin(agencyA)))).andExpect(status().isForbidden());
        mvc.perform(post("/registry/exams").with(user(admin())).with(csrf()).param("title", "页面新场次")
                        .param("kind", "QUALIFICATION").param("heldOn", HELD_ON.toString()).param("passMark", "90")
                        .param("fullMark", "80").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("及格分不能高于满分")));
        mvc.perform(get("/registry/exams/" + session.id() + "/edit").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(session.title())));
        mvc.perform(post("/registry/exams/" + session.id()).with(user(admin())).with(csrf())
                        .param("title", session.title()).param("kind", "ANNUAL").param("heldOn", HELD_ON.toString())
                        .param("passMark", "60").param("fullMark", "100").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/exams/" + session.id()));
    }
}
