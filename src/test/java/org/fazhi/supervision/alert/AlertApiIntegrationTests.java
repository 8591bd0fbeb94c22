package org.fazhi.supervision.alert;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.LiveUpdates;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Monitoring;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The alerts' life cycle through the API, with the refusals by role and county, the pages, the export, the push. */
@FazhiIntegrationTest
class AlertApiIntegrationTests {

    private static final String LIST = "/api/v1/supervision/alerts";
    private static final String API = LIST + "/";
    private static final String PASSWORD = "Demo@2026";

    @Autowired Monitoring monitoring;
    @Autowired DisclosureTestData disclosure;
    @Autowired Accounts accounts;
    @Autowired LiveUpdates live;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void aSupervisorAcknowledgesAndResolvesAndOthersAreRefused() throws Exception {
        Raised raised = raised("生命周期局");
        String path = API + raised.alertId();
        SignedInUser supervisor = RegistryTestData.supervisor();
        SignedInUser farAway = new SignedInUser(990_001, "far-supervisor", "外县监督", Role.SUPERVISOR,
                RegionCode.of("410423"), null, null, true, false, false, null);
        SignedInUser ownAgency = RegistryTestData.user(Role.AGENCY_ADMIN, raised.agencyId());
        SignedInUser otherAgency = RegistryTestData.user(Role.AGENCY_ADMIN, raised.agencyId() + 100_000);

        mvc.perform(get(path).with(user(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.alert.state").value("OPEN"))
                .andExpect(jsonPath("$.alert.link").value("/disclosure/publications/" + raised.publicationId()))
                .andExpect(jsonPath("$.history[0].act").value("RAISED"));
        mvc.perform(get(path).with(user(farAway))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/acknowledge").with(user(farAway)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(ownAgency))).andExpect(status().isOk());
        mvc.perform(get(path).with(user(otherAgency))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/acknowledge").with(user(ownAgency)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user(RegistryTestData.enterprise(1L)))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(LIST).param("rule", "PUBLICATION_OVERDUE").with(user(ownAgency))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].agencyId").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo(raised.agencyId().intValue()))));

        mvc.perform(post(path + "/acknowledge").with(user(supervisor)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.ownerName").value(supervisor.displayName()));
        mvc.perform(post(path + "/assign").with(user(supervisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"nobody-here\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("assignee")));
        mvc.perform(post(path + "/resolve").with(user(supervisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("note")));
        mvc.perform(post(path + "/resolve").with(user(supervisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已督促公示\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESOLVED"));
        mvc.perform(post(path + "/dismiss").with(user(supervisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"重复\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(path).with(user(supervisor))).andExpect(jsonPath("$.history[*].act")
                .value(org.hamcrest.Matchers.contains("RAISED", "ACKNOWLEDGED", "RESOLVED")));
    }

    @Test
    void theInboxListsFiltersCountsAndExportsTheCountysAlerts() throws Exception {
        Raised raised = raised("收件箱局");
        SignedInUser supervisor = RegistryTestData.supervisor();
        mvc.perform(get("/supervision/alerts").param("rule", "PUBLICATION_OVERDUE").param("text", raised.number())
                        .with(user(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(raised.number())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("alerts-live.js")));
        mvc.perform(get("/supervision/alerts/" + raised.alertId()).with(user(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/disclosure/publications/" + raised.publicationId())));
        mvc.perform(get(API + "counts").param("by", "rule").with(user(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'PUBLICATION_OVERDUE')].label").value("处罚决定公示或撤回超期"));
        mvc.perform(get(LIST).param("month", "2026/12").with(user(supervisor))).andExpect(status().isBadRequest());

        byte[] sheet = mvc.perform(get("/supervision/alerts/export").param("text", raised.number())
                .with(user(supervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(1);
            assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isEqualTo(raised.number());
            assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("处罚决定公示或撤回超期");
        }
    }

    @Test
    void aNewAlertReachesTheCountysSupervisorLiveAndNotAnotherCountys() throws Exception {
        String county = account(RegistryTestData.COUNTY);
        String far = account(RegionCode.of("410423"));
        try (EventStream near = EventStream.open(port, "/supervision/alerts/stream", county, PASSWORD);
             EventStream away = EventStream.open(port, "/supervision/alerts/stream", far, PASSWORD)) {
            near.next("ready");
            away.next("ready");

            Raised raised = raised("实时预警局");

            EventStream.Event event = near.next("raised");
            while (!event.data().contains(raised.number())) {
                event = near.next("raised");
            }
            assertThat(event.data()).contains("处罚决定公示或撤回超期", "/supervision/alerts/" + raised.alertId());
            live.heartbeat();
            away.next(":");
            assertThat(away.received()).extracting(EventStream.Event::name).doesNotContain("raised", "changed");
        }
    }

    private record Raised(long alertId, long publicationId, String number, Long agencyId) {
    }

    /** A decision left unpublished past its period, and the county's full pass that raises its alert. */
    private Raised raised(String agency) {
        LocalDate today = LocalDate.now(clock);
        DisclosureTestData.Decided late = disclosure.decidedOn(agency, today.minusDays(40), "2000");
        long publication = jdbc.sql("select id from disclosure.publication where case_id = ?").param(late.caseId())
                .query(Long.class).single();
        monitoring.fullPass(RegistryTestData.COUNTY, today);
        return jdbc.sql("""
                select id as alert_id, subject_id as publication_id, subject_reference as number, agency_id
                  from supervision.alert
                 where rule_code = 'PUBLICATION_OVERDUE' and subject_id = ? and state = 'OPEN'""")
                .param(publication).query(Raised.class).single();
    }

    private String account(RegionCode region) {
        String username = "alerts" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, PASSWORD, "预警推送", Role.SUPERVISOR, region, null, null, false));
        return username;
    }

}
