package org.fazhi.supervision.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transfers' indicators against four transfers of one agency counted by hand: one filed by the police in time,
 * one not approved, one approved whose 24 hours passed without the hand-over, one to the supervision commission.
 */
@FazhiIntegrationTest
class TransferIndicatorsIntegrationTests {

    @Autowired List<Indicator> indicators;
    @Autowired CaseworkTestData casework;
    @Autowired CaseDirectory cases;
    @Autowired Transfers transfers;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void eachFigureIsTheHandCountOfTheAgencysTransfers() {
        Handling h = casework.agency("指标移送局");
        String first = cases.of(casework.filed(h)).orElseThrow().code();
        long filed = propose(h, first, TransferKind.PUBLIC_SECURITY);
        transfers.approve(h.head(), filed);
        for (DocumentKind kind : List.of(DocumentKind.TRANSFER_LETTER, DocumentKind.INVESTIGATION_REPORT,
                DocumentKind.EXHIBIT_LIST, DocumentKind.EXPERT_OPINION)) {
            transfers.attach(h.officer(), filed, kind, Upload.of(kind + ".pdf",
                    java.util.Arrays.copyOf("%PDF-1.7\n".getBytes(), 2048)));
        }
        transfers.handOver(h.officer(), filed);
        transfers.recordDecision(h.officer(), filed, true, null, "立案决定书");
        long refused = propose(h, cases.of(casework.filed(h)).orElseThrow().code(), TransferKind.PUBLIC_SECURITY);
        transfers.refuse(h.head(), refused, "未达到刑事追诉标准");
        long late = propose(h, cases.of(casework.filed(h)).orElseThrow().code(), TransferKind.PUBLIC_SECURITY);
        transfers.approve(h.head(), late);
        Instant yesterday = Instant.now(clock).minus(1, ChronoUnit.DAYS);
        jdbc.sql("update supervision.transfer_deadline set due_on = ?, due_at = ? where transfer_id = ? "
                        + "and kind = 'HANDOVER'")
                .params(LocalDate.now(clock).minusDays(1), java.sql.Timestamp.from(yesterday), late).update();
        propose(h, first, TransferKind.SUPERVISION_COMMISSION);
        LocalDate today = LocalDate.now(clock);
        Period period = new Period(today.withDayOfYear(1), today.plusDays(10));

        assertThat(of("TRANSFERS_PROPOSED", h, period).numerator()).isEqualTo(4);
        assertThat(of("TRANSFERS_PUBLIC_SECURITY", h, period).numerator()).isEqualTo(3);
        assertThat(of("TRANSFERS_SUPERVISION_COMMISSION", h, period).numerator()).isEqualTo(1);
        assertThat(of("TRANSFERS_HANDED_OVER", h, period).numerator()).isEqualTo(1);
        assertThat(of("TRANSFERS_FILED", h, period).numerator()).isEqualTo(1);
        assertThat(of("TRANSFERS_NOT_APPROVED", h, period).numerator()).isEqualTo(1);
        assertThat(of("TRANSFERS_OPEN", h, period).numerator()).isEqualTo(3);
        Figure handover = of("TRANSFER_HANDOVER_ON_TIME_RATE", h, period);
        assertThat(handover.numerator()).isEqualTo(1);
        assertThat(handover.denominator()).isEqualTo(2);
        assertThat(handover.asDouble()).isEqualTo(50.0);
        Figure police = of("TRANSFER_POLICE_DECISION_ON_TIME_RATE", h, period);
        assertThat(police.numerator()).isEqualTo(1);
        assertThat(police.denominator()).isEqualTo(1);
        assertThat(indicator("TRANSFERS_NOT_FILED").measure(h.officer().region(), period).byAgency())
                .noneMatch(a -> a.agencyId() == h.agencyId() && a.figure().numerator() > 0);
    }

    private long propose(Handling h, String code, TransferKind kind) {
        return transfers.propose(h.officer(), new Transfers.Proposal(code, kind, "涉嫌非法经营罪", "县公安局")).id();
    }

    private Figure of(String code, Handling h, Period period) {
        return indicator(code).measure(h.officer().region(), period).byAgency().stream()
                .filter(a -> a.agencyId() == h.agencyId()).findFirst().orElseThrow().figure();
    }

    private Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
