package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.disputes.litigation.LitigationTestData;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Monitoring;
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
 * LAWSUIT_LOST both ways: a lost lawsuit is a clue, raised live on the loss, until a finding of fault names it
 * (cleared live too); a won one is none, and no finding may name it (nor another agency's lost one).
 */
@FazhiIntegrationTest
class LawsuitLostClueIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired LitigationTestData litigation;
    @Autowired LawsuitLostClue rule;
    @Autowired Monitoring monitoring;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aLostLawsuitIsAClueUntilAFindingOfFaultNamesIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long agency = registry.agency("败诉线索局").id();
        long lost = litigation.lost(agency, today);
        long won = litigation.concluded(agency, LawsuitOutcome.CLAIMS_DISMISSED, today);

        assertThat(causesAbout(lost, today)).singleElement().satisfies(cause -> {
            assertThat(cause.agencyId()).isEqualTo(agency);
            assertThat(cause.since()).isEqualTo(today);
            assertThat(cause.summary()).contains("判决撤销").contains("尚未认定是否追究过错责任");
        });
        assertThat(causesAbout(won, today)).isEmpty();
        assertThat(alertState(lost)).as("raised on the loss's event").isEqualTo("OPEN");

        for (String wrong : List.of(agency + ", \"source\": \"LAWSUIT:" + won,
                (agency + 1) + ", \"source\": \"LAWSUIT:" + lost)) {
            call("{\"agencyId\": " + wrong + "\", \"fault\": \"认定事实不清\", \"foundOn\": \"" + today
                    + "\", \"pursued\": false, \"notPursuedReason\": \"不存在主观过错\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("败诉的行政诉讼案件")));
        }
        call("""
                {"agencyId": %d, "source": "LAWSUIT:%d", "fault": "认定事实不清即作出处罚决定",
                 "foundOn": "%s", "pursued": false, "notPursuedReason": "执法人员已尽审慎义务，不存在主观过错"}"""
                .formatted(agency, lost, today)).andExpect(status().isCreated());

        assertThat(causesAbout(lost, today)).isEmpty();
        assertThat(alertState(lost)).as("cleared on the finding's event").isEqualTo("CLEARED");
        monitoring.fullPass(COUNTY, today);
        assertThat(alertState(lost)).isEqualTo("CLEARED");
    }

    private List<AlertCause> causesAbout(long lawsuit, LocalDate today) {
        return rule.scan(COUNTY, today).stream().filter(cause -> cause.subject().id() == lawsuit).toList();
    }

    private String alertState(long lawsuit) {
        return jdbc.sql("""
                        select state from supervision.alert where rule_code = 'LAWSUIT_LOST'
                           and subject_type = 'disputes.lawsuit' and subject_id = ? order by id desc limit 1""")
                .param(lawsuit).query(String.class).single();
    }

    private ResultActions call(String json) throws Exception {
        return mvc.perform(post("/api/v1/supervision/accountability").with(user(RegistryTestData.supervisor()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
