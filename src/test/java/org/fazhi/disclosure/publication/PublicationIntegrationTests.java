package org.fazhi.disclosure.publication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.disclosure.PublicationOverdue;
import org.fazhi.disclosure.redaction.RedactionKind;
import org.fazhi.disclosure.redaction.RedactionSpan;
import org.fazhi.identity.Role;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.disclosure.DisclosureTestData.PERSON;
import static org.fazhi.disclosure.DisclosureTestData.PHONE;

/**
 * Decisions made through casework become publications on PostgreSQL: due 7 working days later on the calendar
 * (here across 中秋 and 国庆 2026), the person's data redacted, reviewed, published, withdrawn, overdue once.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class PublicationIntegrationTests {

    /** A Tuesday before 国庆: 9-30, then 10-8, 10-9, 10-10 (a make-up Saturday), 10-12, 10-13, 10-14. */
    private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 29);

    @Autowired DisclosureTestData data;
    @Autowired Publications publications;
    @Autowired PublicationRepository repository;
    @Autowired PublicationWatch watch;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired DisclosureProperties rules;
    @Autowired ExpiringPublications expiring;
    @Autowired ChangedDecisions changed;

    @Test
    void aDecisionBecomesAPendingPublicationDueSevenWorkingDaysLaterWithThePersonRedacted() {
        Decided d = data.decidedOn("公示到期局", BEFORE_NATIONAL_DAY, "2000");

        Publication p = repository.ofCase(d.caseId()).orElseThrow();

        assertThat(p.state()).isEqualTo(PublicationState.PENDING);
        assertThat(p.decision().decidedOn()).isEqualTo(BEFORE_NATIONAL_DAY);
        assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(p.decision().decisionNumber()).isNotBlank();
        assertThat(p.decision().naturalPerson()).isTrue();
        assertThat(p.redaction().text()).contains(PERSON, PHONE);
        assertThat(p.redaction().apply()).contains("欧阳某某").doesNotContain(PERSON).doesNotContain(PHONE)
                .doesNotContain(d.idNumber()).doesNotContain("人民路8号");
        assertThat(p.redaction().spans()).extracting(RedactionSpan::kind)
                .contains(RedactionKind.PERSON_NAME, RedactionKind.PHONE);
        assertThat(jdbc.sql("select redacted_text from disclosure.publication where id = ?").param(p.id())
                .query(String.class).single()).isEqualTo(p.redaction().apply());
    }

    @Test
    void theLegalOfficeMarksAFragmentRemovesASpanAndPublishesForThreeYears() {
        Decided d = data.decidedOn("公示审核局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        var legalOffice = d.handling().head();

        Publication marked = publications.addSpan(legalOffice, id, "食品经营许可证");
        assertThat(marked.redaction().apply()).doesNotContain("食品经营许可证").contains("*******");
        RedactionSpan manual = marked.redaction().spans().stream().filter(s -> s.kind() == RedactionKind.OTHER)
                .findFirst().orElseThrow();
        Publication unmarked = publications.removeSpan(legalOffice, id, manual.start());
        assertThat(unmarked.redaction().apply()).contains("食品经营许可证");
        assertThatThrownBy(() -> publications.addSpan(legalOffice, id, "不存在的片段"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("fragment"));

        Publication published = publications.publish(legalOffice, id);

        LocalDate today = publications.today();
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo(legalOffice.getUsername());
        assertThat(published.expiresOn()).isEqualTo(today.plusYears(3));
        assertThatThrownBy(() -> publications.publish(legalOffice, id)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> publications.addSpan(legalOffice, id, PERSON)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSmallFineOnAPersonIsPublishedForTheShorterPeriod() {
        Decided d = data.decidedOn("公示小额局", BEFORE_NATIONAL_DAY, "1000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();

        Publication published = publications.publish(d.handling().head(), id);

        assertThat(published.decision().minor()).isTrue();
        assertThat(published.expiresOn()).isEqualTo(publications.today().plus(rules.minorPeriod()));
        assertThat(rules.minorPeriod()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void aWithdrawalNeedsItsReasonAndKeepsIt() {
        Decided d = data.decidedOn("公示撤回局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        var legalOffice = d.handling().head();
        publications.publish(legalOffice, id);

        assertThatThrownBy(() -> publications.withdraw(legalOffice, id, ""))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("disclosure.withdrawal.reason.required"));
        Publication withdrawn = publications.withdraw(legalOffice, id, "行政复议决定撤销原处罚决定");

        assertThat(withdrawn.state()).isEqualTo(PublicationState.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("行政复议决定撤销原处罚决定");
        assertThat(withdrawn.withdrawnAt()).isNotNull();
    }

    @Test
    void anUnpublishedDecisionPastItsDayIsRaisedOverdueOnce() {
        Decided d = data.decidedOn("公示逾期局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();

        watch.watch(Instant.now());
        watch.watch(Instant.now());

        assertThat(events.stream(PublicationOverdue.class).filter(e -> e.publicationId() == id))
                .singleElement().satisfies(overdue -> {
                    assertThat(overdue.caseId()).isEqualTo(d.caseId());
                    assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 10, 14));
                    assertThat(overdue.agencyId()).isEqualTo(d.handling().agencyId());
                });
    }

    @Test
    void automaticPublicationTakesThoseWaitingLongerThanTheCountysHours() {
        Decided d = data.decidedOn("公示自动局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();
        DisclosureProperties automatic = new DisclosureProperties(7, 3, Period.ofYears(3), Period.ofMonths(6), 1000,
                false, false, 24, Duration.ofMinutes(10));
        PublicationWatch auto = new PublicationWatch(jdbc, transaction, repository, publications, automatic,
                publisher, expiring, changed, java.time.Clock.systemUTC());

        auto.watch(Instant.now().plus(Duration.ofHours(1)));
        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(PublicationState.PENDING);
        auto.watch(Instant.now().plus(Duration.ofHours(25)));

        Publication published = repository.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo(PublicationWatch.SYSTEM);
    }

    @Test
    void anotherAgencyDoesNotFindItAndTheCountysSupervisorReadsButMayNotPublish() {
        Decided d = data.decidedOn("公示范围局", BEFORE_NATIONAL_DAY, "2000");
        long id = repository.ofCase(d.caseId()).orElseThrow().id();

        assertThatThrownBy(() -> publications.get(RegistryTestData.user(Role.AGENCY_ADMIN,
                d.handling().agencyId() + 100_000), id)).isInstanceOf(NotFound.class);
        assertThat(publications.get(RegistryTestData.supervisor(), id).id()).isEqualTo(id);
        assertThatThrownBy(() -> publications.publish(RegistryTestData.supervisor(), id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publications.publish(d.handling().officer(), id))
                .isInstanceOf(AccessDeniedException.class);
    }
}
