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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class ExamSessionApiIntegrationTests {

    @Autowired
    private RegistryTestData fixtures;

    private static final String API = "/api/v1/registry/exam-sessions";
    private static final LocalDate HELD_ON = LocalDate.now().minusDays(10);

    @Autowired MockMvc mvc;
    @Autowired Exams exams;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    private Agency agencyA;
    private Officer officerA;
    private ExamSession session;
    private ExamResult resultA;
    private ExamResult resultB;

    @BeforeEach
    void aSessionWithOneScorePerAgency() {
        agencyA = fixtures.agency("接口考试甲局");
        Agency agencyB = fixtures.agency("接口考试乙局");
        officerA = fixtures.officer(agencyA, "接考甲" + RegistryTestData.suffix());
        Officer officerB = fixtures.officer(agencyB, "接考乙" + RegistryTestData.suffix());
        session = exams.create(admin(), new ExamSessionForm("接口考试" + RegistryTestData.suffix(), ExamKind.QUALIFICATION,
                HELD_ON, new BigDecimal("60"), null, 0));
        resultA = exams.recordScore(admin(), session.id(), new ExamResultForm(officerA.id(), new BigDecimal("72"), 0));
        resultB = exams.recordScore(admin(), session.id(), new ExamResultForm(officerB.id(), new BigDecimal("50"), 0));
    }

    @Test
    void theBureauHoldsASessionAndRecordsAScore() throws Exception {
        String created = mvc.perform(post(API).with(user(admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(sessionBody("接口新场次", "60", "100", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ANNUAL"))
                .andExpect(jsonPath("$.sat").value(0))
                .andExpect(jsonPath("$.passRate").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post(API + "/" + id + "/results").with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"officerId\": %d, \"score\": 60, \"version\": 0}".formatted(officerA.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officerName").value(officerA.name()))
                .andExpect(jsonPath("$.agencyName").value(agencyA.name()))
                .andExpect(jsonPath("$.passed").value(true));
        mvc.perform(get(API + "/" + id).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sat").value(1))
                .andExpect(jsonPath("$.passed").value(1))
                .andExpect(jsonPath("$.passRate").value(closeTo(100.0, 0.001)));
    }

    @Test
    void anAgencySeesOnlyItsOwnResultsAndChangesNone() throws Exception {
        mvc.perform(get(API + "/" + session.id() + "/results").with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(resultA.id()));
        mvc.perform(get(API + "/" + session.id()).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sat").value(1));
        mvc.perform(get(API + "/" + session.id() + "/results/" + resultB.id()).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isNotFound());
        mvc.perform(put(API + "/" + session.id() + "/results/" + resultB.id()).with(user(agencyAdmin(agencyA)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"score\": 99, \"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(put(API + "/" + session.id() + "/results/" + resultA.id()).with(user(agencyAdmin(agencyA)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"score\": 99, \"version\": 0}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(API + "/" + session.id() + "/results").with(user(agencyAdmin(agencyA))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"officerId\": %d, \"score\": 60, \"version\": 0}".formatted(officerA.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLeaderCannotWriteAndStrangersGet401() throws Exception {
        mvc.perform(get(API + "/" + session.id()).with(user(leader()))).andExpect(status().isOk());
        mvc.perform(post(API).with(user(leader())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(sessionBody("领导的场次", "60", "100", 0)))
                .andExpect(status().isForbidden());
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/" + session.id() + "/results")).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidMarksAndScoresAreProblemsNamingTheField() throws Exception {
        mvc.perform(post(API).with(user(admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(sessionBody("及格分高于满分", "120", "100", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("passMark"))
                .andExpect(jsonPath("$.errors[0].message").value("及格分不能高于满分"));
        mvc.perform(post(API + "/" + session.id() + "/results").with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"officerId\": %d, \"score\": 101, \"version\": 0}".formatted(officerA.id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("满分（100分）"))))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("officerId")));
        mvc.perform(post(API + "/" + session.id() + "/results").with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"officerId\": %d, \"version\": 0}".formatted(officerA.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写成绩"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        mvc.perform(put(API + "/" + session.id() + "/results/" + resultA.id()).with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\": 58, \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(API + "/" + session.id() + "/results/" + resultA.id()).with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\": 90, \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(put(API + "/" + session.id()).with(user(admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(sessionBody(session.title(), "60", "100", 5)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static String sessionBody(String title, String passMark, String fullMark, int version) {
        return """
                {"title": "%s", "kind": "ANNUAL", "heldOn": "%s", "passMark": %s, "fullMark": %s, "version": %d}"""
                .formatted(title, HELD_ON, passMark, fullMark, version);
    }
}
