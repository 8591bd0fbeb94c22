package org.fazhi.disclosure.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DecisionPublished;
import org.fazhi.disclosure.DecisionWithdrawals;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.disclosure.PublicationExpired;
import org.fazhi.disclosure.PublicationWithdrawn;
import org.fazhi.disclosure.WithdrawalOverdue;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A changed or revoked decision's publication is to be withdrawn within 3 working days (here across 国庆 2026),
 * shown on the legal office's list, cleared by the withdrawal, raised overdue once; publishing, withdrawing and
 * expiry are announced as events in their transactions and reach the feed.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class WithdrawalIntegrationTests {

    /** A Tuesday before 国庆: 9-30, then 10-8, 10-9 are the 3 working days. */
    private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 29);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired DisclosureTestData data;
    @Autowired DecisionWithdrawals withdrawals;
    @Autowired Publications publications;
    @Autowired PublicationRepository repository;
    @Autowired PublicationWatch watch;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aRevokedDecisionIsDueForWithdrawalThreeWorkingDaysLaterAcrossNationalDayAndRaisedOverdueOnce()
            throws Exception {
        Decided d = data.decidedOn("撤回期限局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        SignedInUser legalOffice = d.handling().head();
        publications.publish(legalOffice, id);

        Optional<LocalDate> due = withdrawals.decisionChanged(d.caseId(), "行政复议决定撤销原处罚决定", BEFORE_NATIONAL_DAY);
        Optional<LocalDate> again = withdrawals.decisionChanged(d.caseId(), "法院判决变更", LocalDate.of(2026, 10, 9));

        assertThat(due).contains(LocalDate.of(2026, 10, 9));
        assertThat(again).isEqualTo(due);
        mvc.perform(get("/disclosure/publications").with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"withdrawals-due\"")))
                .andExpect(content().string(containsString("行政复议决定撤销原处罚决定")));
        watch.watch(dayIn(LocalDate.of(2026, 10, 9)));
        assertThat(overdueOf(id)).isZero();
        watch.watch(dayIn(LocalDate.of(2026, 10, 10)));
        watch.watch(dayIn(LocalDate.of(2026, 10, 12)));
        assertThat(events.stream(WithdrawalOverdue.class).filter(e -> e.publicationId() == id)).singleElement()
                .satisfies(overdue -> {
                    assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
                    assertThat(overdue.changedOn()).isEqualTo(BEFORE_NATIONAL_DAY);
                    assertThat(overdue.agencyId()).isEqualTo(d.handling().agencyId());
                });

        publications.withdraw(legalOffice, id, "行政复议决定撤销原处罚决定");

        assertThat(jdbc.sql("select count(*) from disclosure.withdrawal_due where publication_id = ? and cleared_at is null")
                .param(id).query(Long.class).single()).isZero();
        mvc.perform(get("/disclosure/publications").with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"withdrawals-due\""))));
        assertThat(events.stream(PublicationWithdrawn.class).filter(e -> e.publicationId() == id)).singleElement()
                .satisfies(w -> {
                    assertThat(w.wasPublished()).isTrue();
                    assertThat(w.reason()).isEqualTo("行政复议决定撤销原处罚决定");
                    assertThat(w.caseId()).isEqualTo(d.caseId());
                });
        assertThat(withdrawals.decisionChanged(d.caseId(), "再次变更", LocalDate.of(2026, 10, 12))).isEmpty();
    }

    @Test
    void theLegalOfficeRecordsAChangeFromThePublicationsPageAndASupervisorMayNot() throws Exception {
        Decided d = data.decidedOn("撤回登记局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        SignedInUser legalOffice = d.handling().head();
        String page = "/disclosure/publications/" + id;
        publications.publish(legalOffice, id);

        mvc.perform(post(page + "/changed").param("changedOn", "2026-09-30").param("reason", "")
                .with(user(legalOffice)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("flashError", containsString("理由")));
        mvc.perform(post(page + "/changed").param("changedOn", "2026-09-30").param("reason", "本机关决定变更罚款数额")
                .with(user(RegistryTestData.supervisor())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/changed").param("changedOn", "2026-09-30").param("reason", "本机关决定变更罚款数额")
                .with(user(legalOffice)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("flash", containsString("2026-10-10")));  // 10-8, 10-9, 10-10 (a make-up Saturday)

        mvc.perform(get(page).with(user(legalOffice))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"withdrawal-due\"")))
                .andExpect(content().string(containsString("value=\"本机关决定变更罚款数额\"")))
                .andExpect(content().string(not(containsString("id=\"decision-changed\""))));
    }

    @Test
    void publishingAndExpiryAreAnnouncedAndReachTheFeed() throws Exception {
        Decided d = data.decidedOn("公示期满局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        publications.publish(d.handling().head(), id);
        withdrawals.decisionChanged(d.caseId(), "决定变更", LocalDate.of(2026, 11, 30));
        jdbc.sql("update disclosure.publication set expires_on = date '2026-12-01' where id = ?").param(id).update();

        watch.watch(dayIn(LocalDate.of(2026, 12, 2)));

        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(PublicationState.EXPIRED);
        assertThat(events.stream(DecisionPublished.class).filter(e -> e.publicationId() == id)).singleElement()
                .satisfies(p -> assertThat(p.late()).isTrue());
        assertThat(events.stream(PublicationExpired.class).filter(e -> e.publicationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.expiredOn()).isEqualTo(LocalDate.of(2026, 12, 2)));
        assertThat(withdrawalsOpen(id)).isZero();
        long cursor = jdbc.sql("select min(id) - 1 from disclosure.feed_entry where publication_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/public/disclosure/feed?since=" + cursor + "&size=1000")).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.publicationId == " + id + ")].kind")
                        .value(org.hamcrest.Matchers.contains("PUBLISHED", "EXPIRED")))
                .andExpect(jsonPath("$.entries[?(@.publicationId == " + id + " && @.kind == 'EXPIRED')].expiredOn")
                        .value(org.hamcrest.Matchers.contains("2026-12-02")));
    }

    private long overdueOf(long id) {
        return events.stream(WithdrawalOverdue.class).filter(e -> e.publicationId() == id).count();
    }

    private long withdrawalsOpen(long id) {
        return jdbc.sql("select count(*) from disclosure.withdrawal_due where publication_id = ? and cleared_at is null")
                .param(id).query(Long.class).single();
    }

    private static Instant dayIn(LocalDate day) {
        return day.atTime(9, 0).atZone(BEIJING).toInstant();
    }
}
