package org.fazhi.registry.training;

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
class TrainingRecordApiIntegrationTests {

    @Autowired
    private RegistryTestData fixtures;

    private static final String API = "/api/v1/registry/training-records";
    private static final LocalDate DAY = LocalDate.now().minusMonths(2);

    @Autowired MockMvc mvc;
    @Autowired TrainingRecords training;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    private Agency agencyA;
    private Officer officerA;
    private Officer officerB;
    private TrainingRecord recordB;

    @BeforeEach
    void twoAgencies() {
        agencyA = fixtures.agency("接口甲局");
        Agency agencyB = fixtures.agency("接口乙局");
        officerA = fixtures.officer(agencyA, "接甲" + RegistryTestData.suffix());
        officerB = fixtures.officer(agencyB, "接乙" + RegistryTestData.suffix());
        recordB = training.create(admin(), new TrainingForm(officerB.id(), "乙局的培训", DAY, new BigDecimal("4"), null, 0));
    }

    @Test
    void anAgencyRecordsItsOfficersTrainingAndFindsIt() throws Exception {
        mvc.perform(post(API).with(user(agencyAdmin(agencyA))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(officerA.id(), "行政执法三项制度", "7.5", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.officerName").value(officerA.name()))
                .andExpect(jsonPath("$.agencyName").value(agencyA.name()))
                .andExpect(jsonPath("$.course").value("行政执法三项制度"))
                .andExpect(jsonPath("$.trainedOn").value(DAY.toString()))
                .andExpect(jsonPath("$.version").value(0));

        mvc.perform(get(API).param("officer", officerA.name()).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].course").value("行政执法三项制度"));
    }

    @Test
    void anotherAgencysRecordIsNotFoundForReadingOrChanging() throws Exception {
        mvc.perform(get(API + "/" + recordB.id()).with(user(agencyAdmin(agencyA))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(API + "/" + recordB.id()).with(user(agencyAdmin(agencyA))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(officerB.id(), "改写", "1", 0)))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + recordB.id()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.course").value("乙局的培训"));
    }

    @Test
    void aLeaderMayReadButNotWrite() throws Exception {
        mvc.perform(get(API + "/" + recordB.id()).with(user(leader()))).andExpect(status().isOk());
        mvc.perform(post(API).with(user(leader())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(officerA.id(), "领导登记", "1", 0)))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/" + recordB.id())).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidInputIsAProblemNamingEachFieldInChinese() throws Exception {
        mvc.perform(post(API).with(user(admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(officerA.id(), "", "0", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'course')].message").value(hasItem("请填写培训课程")));

        mvc.perform(post(API).with(user(admin())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(officerA.id(), "行政复议法", "250", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("hours"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("培训学时")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        mvc.perform(put(API + "/" + recordB.id()).with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(officerB.id(), "乙局的培训（更正）", "4", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(API + "/" + recordB.id()).with(user(admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(officerB.id(), "乙局的培训", "5", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static String body(long officerId, String course, String hours, int version) {
        return """
                {"officerId": %d, "course": "%s", "trainedOn": "%s", "hours": %s, "organiser": "县司法局", "version": %d}"""
                .formatted(officerId, course, DAY, hours, version);
    }
}
