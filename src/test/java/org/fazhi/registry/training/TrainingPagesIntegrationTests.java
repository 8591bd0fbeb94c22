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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
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
class TrainingPagesIntegrationTests {

    @Autowired
    private RegistryTestData fixtures;

    private static final LocalDate DAY = LocalDate.now().minusDays(20);

    @Autowired MockMvc mvc;
    @Autowired TrainingRecords training;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    private Agency agencyA;
    private Officer officerA;
    private TrainingRecord recordA;
    private TrainingRecord recordB;

    @BeforeEach
    void oneRecordPerAgency() {
        agencyA = fixtures.agency("页面甲局");
        Agency agencyB = fixtures.agency("页面乙局");
        officerA = fixtures.officer(agencyA, "页甲" + RegistryTestData.suffix());
        Officer officerB = fixtures.officer(agencyB, "页乙" + RegistryTestData.suffix());
        recordA = training.create(admin(), new TrainingForm(officerA.id(), "甲局课程", DAY, new BigDecimal("12.5"), null, 0));
        recordB = training.create(admin(), new TrainingForm(officerB.id(), "乙局课程", DAY, new BigDecimal("3"), null, 0));
    }

    @Test
    void theListShowsTheFilteredRowsAndTheirTotalHours() throws Exception {
        mvc.perform(get("/registry/training").param("agency", String.valueOf(agencyA.id())).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("甲局课程"), containsString(officerA.name()),
                        containsString("12.5"), containsString(DAY.toString()), containsString("筛选结果合计学时"),
                        not(containsString("乙局课程")))));
    }

    @Test
    void anAgencyListsAndEditsOnlyItsOwnRecords() throws Exception {
        mvc.perform(get("/registry/training").with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("甲局课程"), not(containsString("乙局课程")))));
        mvc.perform(get("/registry/training/" + recordA.id() + "/edit").with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("更正培训记录")));
        mvc.perform(get("/registry/training/" + recordB.id() + "/edit").with(user(agencyAdmin(agencyA))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/registry/training/new").with(user(leader()))).andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndSavesValidInput() throws Exception {
        mvc.perform(get("/registry/training/new").with(user(agencyAdmin(agencyA))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(officerA.name())));
        mvc.perform(post("/registry/training").with(user(agencyAdmin(agencyA))).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("course", "")
                        .param("trainedOn", DAY.toString()).param("hours", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写培训课程"), containsString("请填写培训学时"))));
        mvc.perform(post("/registry/training").with(user(agencyAdmin(agencyA))).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("course", "行政执法公示")
                        .param("trainedOn", DAY.toString()).param("hours", "abc").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("培训学时应为数字")));
        mvc.perform(post("/registry/training").with(user(agencyAdmin(agencyA))).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("course", "行政执法公示")
                        .param("trainedOn", DAY.toString()).param("hours", "300").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("培训学时应大于0且不超过200")));
        mvc.perform(post("/registry/training").with(user(agencyAdmin(agencyA))).with(csrf())
                        .param("officerId", String.valueOf(officerA.id())).param("course", "行政执法公示")
                        .param("trainedOn", DAY.toString()).param("hours", "2").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/training"));
    }
}
