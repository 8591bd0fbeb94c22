package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconsideration figures of one respondent agency, counted by hand: received, accepted (a deemed acceptance
 * included), concluded, F10, by outcome, the corrected rate and mediated or settled; and the demo county's cases,
 * one of which revoked a demo penalty whose publication is now due for withdrawal.
 */
@FazhiIntegrationTest
class ReconsiderationIndicatorsIntegrationTests {

    @Autowired List<Indicator> indicators;
    @Autowired CaseworkTestData casework;
    @Autowired Reconsiderations service;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void theFiguresOfOneAgencyMatchItsCasesCountedByHand() {
        Handling h = casework.agency("复议指标局");
        LocalDate today = LocalDate.now(clock);
        long revoked = accepted(h, today.minusDays(40));
        service.decide(body, revoked, ReconsiderationOutcome.REVOKED, today.minusDays(10), "事实不清");
        long upheld = accepted(h, today.minusDays(40));
        service.decide(body, upheld, ReconsiderationOutcome.UPHELD, today.minusDays(9), "维持");
        long mediated = accepted(h, today.minusDays(40));
        service.mediate(body, mediated, today.minusDays(8), "调解书");
        long settled = accepted(h, today.minusDays(40));
        service.settle(body, settled, today.minusDays(8), "和解撤回");
        accepted(h, today.minusDays(40));
        received(h, today.minusDays(40));
        long refused = received(h, today.minusDays(3));
        service.refuse(body, refused, today.minusDays(3), "不属于行政复议范围");
        Period period = new Period(today.minusDays(60), today);

        assertThat(of("RECONSIDERATIONS_RECEIVED", h, period).numerator()).isEqualTo(7);
        // Five accepted on the day after receipt, one deemed accepted (its examination lapsed) when looked at.
        service.get(body, jdbc.sql("select max(id) from disputes.reconsideration where agency_id = ? and state = "
                + "'RECEIVED'").param(h.agencyId()).query(Long.class).single());
        assertThat(of("RECONSIDERATIONS_ACCEPTED", h, period).numerator()).isEqualTo(6);
        assertThat(of("RECONSIDERATIONS_CONCLUDED", h, period).numerator()).isEqualTo(4);
        Figure closure = of("RECONSIDERATION_CLOSURE_RATE", h, period);
        assertThat(closure.numerator()).isEqualTo(4);
        assertThat(closure.denominator()).isEqualTo(6);
        Figure corrected = of("RECONSIDERATION_CORRECTED_RATE", h, period);
        assertThat(corrected.numerator()).isEqualTo(1);
        assertThat(corrected.denominator()).isEqualTo(2);
        assertThat(of("RECONSIDERATIONS_MEDIATED_SETTLED", h, period).numerator()).isEqualTo(2);
        assertThat(of("RECONSIDERATIONS_REVOKED", h, period).numerator()).isEqualTo(1);
        assertThat(of("RECONSIDERATIONS_TERMINATED", h, period).numerator()).isEqualTo(1);
        assertThat(indicator("RECONSIDERATIONS_CHANGED").measure(h.officer().region(), period).byAgency())
                .noneMatch(a -> a.agencyId() == h.agencyId());
        assertThat(of("RECONSIDERATIONS_RECEIVED", h, new Period(today.minusDays(20), today)).numerator())
                .isEqualTo(1);
    }

    @Test
    void theDemoCountyHasCasesInEveryStateAndOneRevokedAPublishedPenalty() {
        List<String> states = jdbc.sql("select distinct state from disputes.reconsideration where received_by = "
                + "'reconsideration'").query(String.class).list();
        assertThat(states).contains("RECEIVED", "CORRECTING", "NOT_ACCEPTED", "ACCEPTED", "CONCLUDED");
        Long revokedCase = jdbc.sql("select case_id from disputes.reconsideration where received_by = "
                + "'reconsideration' and outcome = 'REVOKED'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from disclosure.withdrawal_due w join disclosure.publication p on "
                + "p.id = w.publication_id where p.case_id = ?").param(revokedCase).query(Long.class).single())
                .isEqualTo(1);
        assertThat(indicator("RECONSIDERATIONS_RECEIVED").measure(RegionCode.of("410425"),
                new Period(LocalDate.now(clock).minusYears(1), LocalDate.now(clock))).total().numerator())
                .isGreaterThanOrEqualTo(10);
    }

    private long accepted(Handling h, LocalDate receivedOn) {
        long id = received(h, receivedOn);
        service.accept(body, id, receivedOn.plusDays(1), Procedure.GENERAL);
        return id;
    }

    private long received(Handling h, LocalDate on) {
        return service.receive(body, new ApplicationForm(on, Channel.WINDOW, null, ApplicantKind.ORGANISATION,
                "指标申请人", null, h.agencyId(), "罚款决定", null, on.minusDays(3), true)).id();
    }

    private Figure of(String code, Handling h, Period period) {
        return indicator(code).measure(h.officer().region(), period).byAgency().stream()
                .filter(a -> a.agencyId() == h.agencyId()).findFirst().orElseThrow().figure();
    }

    private Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
