package org.fazhi.supervision.accountability;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disputes.litigation.LitigationTestData;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fault accountability: what a supervisor records, the counts 004 reports, and who is refused what. */
@FazhiIntegrationTest
class AccountabilityApiIntegrationTests {

    private static final String ACCOUNTABILITY = "/api/v1/supervision/accountability";
    /** A year of its own, so that the counts are only this test's. */
    private static final int YEAR = 2019;

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired LitigationTestData litigation;

    @Test
    void recordsFindingsHandledAndNotPursuedAndCountsThem() throws Exception {
        long agency = 880_001;
        SignedInUser supervisor = RegistryTestData.supervisor();
        String id = call(post(ACCOUNTABILITY), supervisor, """
                {"agencyId": %d, "source": "SUPERVISION_FINDING:17", "fault": "未按规定进行法制审核即作出处罚决定",
                 "foundOn": "%d-06-30", "pursued": true, "circulated": true, "referredToDiscipline": true,
                 "persons": [{"name": "张某", "handling": "PARTY_GOVERNMENT_SANCTION"},
                             {"name": "李某", "handling": "ORGANISATIONAL"},
                             {"name": "王某", "handling": "PARTY_GOVERNMENT_SANCTION"}]}""".formatted(agency, YEAR))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source.kind").value("SUPERVISION_FINDING"))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1");
        long sued = registry.agency("追责败诉局").id();
        long lawsuit = litigation.lost(sued, LocalDate.of(YEAR, 8, 1));
        call(post(ACCOUNTABILITY), supervisor, """
                {"agencyId": %d, "source": "LAWSUIT:%d", "fault": "行政诉讼败诉", "foundOn": "%d-09-01",
                 "pursued": false, "notPursuedReason": "法律适用存在争议，执法人员不存在主观过错"}"""
                .formatted(sued, lawsuit, YEAR)).andExpect(status().isCreated());

        call(get(ACCOUNTABILITY + "/counts?year=" + YEAR), supervisor, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings").value(2))
                .andExpect(jsonPath("$.notPursued").value(1))
                .andExpect(jsonPath("$.unitsCriticised").value(1))
                .andExpect(jsonPath("$.referredToDiscipline").value(1))
                .andExpect(jsonPath("$.persons").value(3))
                .andExpect(jsonPath("$.personsByHandling.PARTY_GOVERNMENT_SANCTION").value(2))
                .andExpect(jsonPath("$.personsByHandling.ORGANISATIONAL").value(1));
        call(get(ACCOUNTABILITY + "/" + id), RegistryTestData.user(Role.AGENCY_ADMIN, agency), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.persons.length()").value(3));
        call(get(ACCOUNTABILITY + "/" + id), RegistryTestData.user(Role.AGENCY_ADMIN, agency + 1), null)
                .andExpect(status().isNotFound());
        call(get(ACCOUNTABILITY + "/" + id), otherCountySupervisor(), null).andExpect(status().isNotFound());
        call(get(ACCOUNTABILITY + "/" + id), RegistryTestData.leader(), null).andExpect(status().isOk());
    }

    @Test
    void refusesBadInputFieldByFieldInChinese() throws Exception {
        call(post(ACCOUNTABILITY), RegistryTestData.supervisor(), """
                {"agencyId": 1, "source": "COURT-9", "fault": "x", "foundOn": "2019-01-01", "pursued": false,
                 "circulated": true}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message", containsString("类型:编号")))
                .andExpect(jsonPath("$.errors[1].field").value("notPursuedReason"))
                .andExpect(jsonPath("$.errors[2].message", containsString("不予追究的，不能同时通报批评")));
    }

    @Test
    void onlyTheCountysSupervisorsRecord() throws Exception {
        String body = """
                {"agencyId": 1, "source": "TRANSFER:1", "fault": "未按期移送", "foundOn": "2019-01-01",
                 "pursued": true}""";
        call(post(ACCOUNTABILITY), RegistryTestData.user(Role.AGENCY_ADMIN, 1L), body)
                .andExpect(status().isForbidden());
        call(post(ACCOUNTABILITY), RegistryTestData.leader(), body).andExpect(status().isForbidden());
        call(get(ACCOUNTABILITY), RegistryTestData.user(Role.OFFICER, 1L), null).andExpect(status().isForbidden());
        call(get(ACCOUNTABILITY), RegistryTestData.enterprise(1), null).andExpect(status().isForbidden());
        mvc.perform(get(ACCOUNTABILITY)).andExpect(status().isUnauthorized());
    }

    private static SignedInUser otherCountySupervisor() {
        return new SignedInUser(990_002, "supervisor-410482b", "林州监督", Role.SUPERVISOR, RegionCode.of("410482"),
                null, null, true, false, false, null);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, @Nullable String body)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
