package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.BulkLoad;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.alert.Alerts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The engine: a full pass twice is the same alerts, an alert closes itself when its cause goes, judgments stand. */
@FazhiIntegrationTest
class MonitoringIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;
    private static final String RULE = "PUBLICATION_OVERDUE";

    @Autowired Monitoring monitoring;
    @Autowired Alerts alerts;
    @Autowired DisclosureTestData disclosure;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    record Row(long id, String state, String endReason) {
    }

    @Test
    void aSecondFullPassRaisesNothingAndAnAlertClosesItselfOnceItsCauseIsGone() throws Exception {
        LocalDate today = LocalDate.now(clock);
        DisclosureTestData.Decided late = disclosure.decidedOn("复查两次局", today.minusDays(40), "2000");
        long publication = publicationOf(late.caseId());

        monitoring.fullPass(COUNTY, today);
        List<Row> first = alertsAbout(publication);
        Monitoring.CountyPass second = monitoring.fullPass(COUNTY, today);

        assertThat(first).singleElement().satisfies(row -> assertThat(row.state()).isEqualTo("OPEN"));
        assertThat(alertsAbout(publication)).isEqualTo(first);
        assertThat(second.raised()).as("nothing new in the county the second time").isZero();
        assertThat(second.cleared()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from (select 1 from supervision.alert where state in ('OPEN', 'ACKNOWLEDGED')
                 group by rule_code, subject_type, subject_id having count(*) > 1) twice""")
                .query(Long.class).single()).isZero();

        mvc.perform(post("/api/v1/disclosure/publications/" + publication + "/publish")
                .with(user(late.handling().head())).with(csrf())).andExpect(status().isOk());

        assertThat(alertsAbout(publication)).singleElement().satisfies(row -> {
            assertThat(row.state()).as("cleared by the event, not waiting for the night").isEqualTo("CLEARED");
            assertThat(row.endReason()).startsWith("原因已消除：").contains("处罚决定公示或撤回超期");
        });
        monitoring.fullPass(COUNTY, today);
        assertThat(alertsAbout(publication)).hasSize(1);
    }

    @Test
    void aDismissedAlertIsNotRaisedAgainForTheSameCause() {
        LocalDate today = LocalDate.now(clock);
        long publication = alertedLatePublication("排除预警局", today).publication();
        long alert = alertsAbout(publication).get(0).id();

        alerts.dismiss(RegistryTestData.supervisor(), alert, "已电话督促，当事人下落不明待公告送达");
        monitoring.fullPass(COUNTY, today);

        assertThat(alertsAbout(publication)).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo("DISMISSED"));
    }

    @Test
    void aBulkLoadIsLeftToTheFullPassThatEndsIt() {
        LocalDate today = LocalDate.now(clock);
        LatePublication late = alertedLatePublication("批量载入局", today);
        long publication = late.publication();

        BulkLoad.run(() -> publish(publication, late.decided()));

        assertThat(alertsAbout(publication)).singleElement()
                .satisfies(row -> assertThat(row.state()).as("no reaction to the event").isEqualTo("OPEN"));
        assertThat(BulkLoad.active()).isFalse();
        monitoring.fullPass(COUNTY, today);
        assertThat(alertsAbout(publication)).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo("CLEARED"));
    }

    record LatePublication(DisclosureTestData.Decided decided, long publication) {
    }

    /** A decision whose publication is 40 days late, and the full pass that raised its alert. */
    private LatePublication alertedLatePublication(String agency, LocalDate today) {
        DisclosureTestData.Decided late = disclosure.decidedOn(agency, today.minusDays(40), "2000");
        long publication = publicationOf(late.caseId());
        monitoring.fullPass(COUNTY, today);
        return new LatePublication(late, publication);
    }

    private void publish(long publication, DisclosureTestData.Decided decided) {
        try {
            mvc.perform(post("/api/v1/disclosure/publications/" + publication + "/publish")
                    .with(user(decided.handling().head())).with(csrf())).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Row> alertsAbout(long publication) {
        return jdbc.sql("""
                select id, state, end_reason from supervision.alert
                 where rule_code = ? and subject_type = 'disclosure.publication' and subject_id = ? order by id""")
                .params(RULE, publication).query(Row.class).list();
    }

    private long publicationOf(long caseId) {
        return jdbc.sql("select id from disclosure.publication where case_id = ?").param(caseId).query(Long.class)
                .single();
    }
}
