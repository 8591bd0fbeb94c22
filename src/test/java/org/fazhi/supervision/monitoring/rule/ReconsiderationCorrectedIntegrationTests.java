package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Monitoring;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * RECONSIDERATION_CORRECTED both ways: a revoked act is a clue, raised live on the decision, until a finding of
 * fault names it (cleared live too); an upheld one is none, and no finding may name it (nor another agency's).
 */
@FazhiIntegrationTest
class ReconsiderationCorrectedIntegrationTests {

    private static final String API = "/api/v1/disputes/reconsiderations";
    private static final RegionCode COUNTY = RegistryTestData.COUNTY;

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData casework;
    @Autowired ReconsiderationCorrected rule;
    @Autowired Monitoring monitoring;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void aRevokedActIsAClueUntilAFindingOfFaultNamesIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Handling agency = casework.agency("复议纠错线索局");
        long revoked = concluded(agency.agencyId(), "REVOKED");
        long upheld = concluded(agency.agencyId(), "UPHELD");

        assertThat(causesAbout(revoked, today)).singleElement().satisfies(cause -> {
            assertThat(cause.agencyId()).isEqualTo(agency.agencyId());
            assertThat(cause.since()).isEqualTo(today);
            assertThat(cause.summary()).contains("撤销").contains("尚未认定是否追究过错责任");
        });
        assertThat(causesAbout(upheld, today)).isEmpty();
        assertThat(alertState(revoked)).as("raised on the decision's event").isEqualTo("OPEN");

        for (String wrong : List.of(agency.agencyId() + ", \"source\": \"RECONSIDERATION:" + upheld,
                (agency.agencyId() + 1) + ", \"source\": \"RECONSIDERATION:" + revoked)) {
            call(post("/api/v1/supervision/accountability"), RegistryTestData.supervisor(),
                    "{\"agencyId\": " + wrong + "\", \"fault\": \"认定事实不清\", \"foundOn\": \"" + today
                            + "\", \"pursued\": false, \"notPursuedReason\": \"不存在主观过错\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("纠错决定")));
        }
        call(post("/api/v1/supervision/accountability"), RegistryTestData.supervisor(), """
                {"agencyId": %d, "source": "RECONSIDERATION:%d", "fault": "认定事实不清即作出处罚决定",
                 "foundOn": "%s", "pursued": false, "notPursuedReason": "执法人员已尽审慎义务，不存在主观过错"}"""
                .formatted(agency.agencyId(), revoked, today)).andExpect(status().isCreated());

        assertThat(causesAbout(revoked, today)).isEmpty();
        assertThat(alertState(revoked)).as("cleared on the finding's event").isEqualTo("CLEARED");
        monitoring.fullPass(COUNTY, today);
        assertThat(alertState(revoked)).isEqualTo("CLEARED");
    }

    private List<AlertCause> causesAbout(long reconsideration, LocalDate today) {
        return rule.scan(COUNTY, today).stream().filter(cause -> cause.subject().id() == reconsideration).toList();
    }

    private String alertState(long reconsideration) {
        return jdbc.sql("""
                        select state from supervision.alert where rule_code = 'RECONSIDERATION_CORRECTED'
                           and subject_type = 'disputes.reconsideration' and subject_id = ? order by id desc limit 1""")
                .param(reconsideration).query(String.class).single();
    }

    /** An application against the agency's act, accepted under the simplified procedure and decided so. */
    private long concluded(long agencyId, String kind) throws Exception {
        String json = call(post(API), body, """
                {"channel": "WINDOW", "applicantKind": "ORGANISATION", "applicantName": "某某商贸有限公司",
                 "agencyId": %d, "act": "对申请人罚款三千元的行政处罚决定", "knewOn": "%s", "rightExplained": true}"""
                .formatted(agencyId, LocalDate.now(clock).minusDays(5)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
        call(post(API + "/" + id + "/accept"), body, "{\"procedure\": \"SIMPLIFIED\"}").andExpect(status().isOk());
        call(post(API + "/" + id + "/decision"), body, "{\"kind\": \"%s\", \"text\": \"复议决定\"}".formatted(kind))
                .andExpect(status().isOk());
        return id;
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               SignedInUser caller, @Nullable String json) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json == null ? "" : json));
    }
}
