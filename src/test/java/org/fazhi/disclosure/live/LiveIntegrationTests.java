package org.fazhi.disclosure.live;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.platform.LiveUpdates;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live stream over real HTTP: the county's supervisor hears a decision, its publication and its withdrawal as
 * they commit; a supervisor of another county and the legal office of another agency hear none of it; an officer
 * may not listen; a screen that went away is dropped at the next heartbeat.
 */
@FazhiIntegrationTest
class LiveIntegrationTests {

    private static final String STREAM = "/disclosure/live/stream";
    private static final String PASSWORD = "Demo@2026";
    private static final List<String> CHANGES = List.of("decided", "published", "withdrawn");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired DisclosureTestData data;
    @Autowired LiveUpdates live;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theCountysSupervisorHearsADecisionItsPublicationAndWithdrawalAndOthersHearNothing() throws Exception {
        String supervisor = account(Role.SUPERVISOR, RegistryTestData.COUNTY, null);
        String farAway = account(Role.SUPERVISOR, RegionCode.of("410423"), null);
        long demoAgency = jdbc.sql("select min(id) from registry.agency").query(Long.class).single();
        String otherAgency = account(Role.AGENCY_ADMIN, RegistryTestData.COUNTY, demoAgency);
        long before = live.subscribers(DecisionsLive.TOPIC);
        try (EventStream county = EventStream.open(port, STREAM, supervisor, PASSWORD);
             EventStream far = EventStream.open(port, STREAM, farAway, PASSWORD);
             EventStream agency = EventStream.open(port, STREAM, otherAgency, PASSWORD)) {
            for (EventStream stream : List.of(county, far, agency)) {
                stream.next("ready");
            }

            Decided d = data.decidedOn("实时推送局", LocalDate.of(2026, 11, 2), "2000");
            long id = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                    .query(Long.class).single();
            String number = jdbc.sql("select decision_number from disclosure.publication where id = ?").param(id)
                    .query(String.class).single();
            assertThat(county.next("decided").data()).contains(number, "罚款¥2,000.00")
                    .doesNotContain(DisclosureTestData.PERSON);
            String path = "/api/v1/disclosure/publications/" + id;
            mvc.perform(post(path + "/publish").with(user(d.handling().head())).with(csrf()))
                    .andExpect(status().isOk());
            assertThat(county.next("published").data()).contains(number, "/disclosure/publications/" + id);
            mvc.perform(post(path + "/withdraw").with(user(d.handling().head())).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"原决定已被撤销\"}"))
                    .andExpect(status().isOk());
            assertThat(county.next("withdrawn").data()).contains(number, "原决定已被撤销");

            // Updates and heartbeats go out in order: once the others have the heartbeat, they had all before it.
            live.heartbeat();
            for (EventStream stream : List.of(far, agency)) {
                stream.next(":");
                assertThat(stream.received()).extracting(EventStream.Event::name).doesNotContainAnyElementsOf(CHANGES);
            }
            assertThat(live.subscribers(DecisionsLive.TOPIC)).isEqualTo(before + 3);
            county.close();
            for (int beat = 0; beat < 100 && live.subscribers(DecisionsLive.TOPIC) > before + 2; beat++) {
                live.heartbeat();
                Thread.sleep(100);
            }
            assertThat(live.subscribers(DecisionsLive.TOPIC)).isEqualTo(before + 2);
        }
    }

    @Test
    void anOfficerMayNotListen() throws Exception {
        mvc.perform(get(STREAM).with(user(RegistryTestData.user(Role.OFFICER, 1L)))).andExpect(status().isForbidden());
        mvc.perform(get("/disclosure/live").with(user(RegistryTestData.supervisor()))).andExpect(status().isOk());
    }

    private String account(Role role, RegionCode region, Long agencyId) {
        String username = "live" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, PASSWORD, "实时推送", role, region, agencyId, null, false));
        return username;
    }
}
