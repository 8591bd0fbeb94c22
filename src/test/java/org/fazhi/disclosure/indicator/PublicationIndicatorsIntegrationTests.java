package org.fazhi.disclosure.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One agency's publications of 2024-2025, written as the legal office would have left them; each figure for March
 * 2025 and for 2025 checked against the value worked out by hand (in the comments). Working days are counted on
 * the national calendar (2025: 春节 28 Jan - 4 Feb, no holiday in March; 清明 4 Apr).
 */
@FazhiIntegrationTest
class PublicationIndicatorsIntegrationTests {

    private static final Period MARCH = new Period(YearMonth.of(2025, 3).atDay(1), YearMonth.of(2025, 3).atEndOfMonth());
    private static final Period YEAR = Period.year(2025);
    private static final AtomicLong CASES = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired RegistryTestData registry;
    @Autowired IndicatorCatalog catalog;
    @Autowired JdbcClient jdbc;

    private Agency agency;

    @BeforeEach
    void publications() {
        agency = registry.agency("公示指标局");
        Agency other = registry.agency("公示指标另局");
        // p1 decided Mon 3 Mar, due 12 Mar, published Wed 5 Mar: 2 working days, on time.
        published(agency, "2025-03-03", "2025-03-12", "2025-03-05", "PUBLISHED", null, null);
        // p2 decided Thu 6 Mar, due 17 Mar, published Thu 20 Mar: 10 working days, late.
        published(agency, "2025-03-06", "2025-03-17", "2025-03-20", "PUBLISHED", null, null);
        // p3 decided Tue 25 Mar, due 3 Apr, published 1 Apr: 5 working days, on time, published in April.
        published(agency, "2025-03-25", "2025-04-03", "2025-04-01", "PUBLISHED", null, null);
        // p4 decided Mon 24 Feb, due 5 Mar, published 4 Mar (6 working days), withdrawn 20 Mar: reconsideration.
        published(agency, "2025-02-24", "2025-03-05", "2025-03-04", "WITHDRAWN", "2025-03-20T10:00:00+08:00",
                "原行政处罚决定经行政复议被撤销");
        // p5 decided Mon 10 Mar, due 19 Mar, never published: past due, not on time.
        published(agency, "2025-03-10", "2025-03-19", null, "PENDING", null, null);
        // p6 a minor one published 4 Sep 2024 for six months: expired 4 Mar 2025.
        published(agency, "2024-09-02", "2024-09-11", "2024-09-04", "EXPIRED", null, null);
        // p7 published 8 Jan (2 working days), withdrawn 11 Mar: the decision was changed.
        published(agency, "2025-01-06", "2025-01-15", "2025-01-08", "WITHDRAWN", "2025-03-11T09:00:00+08:00",
                "本机关依法变更原行政处罚决定的处罚内容");
        // p8 published Dec 2024 (3 working days), withdrawn 12 Mar late in the evening: a court's judgment.
        published(agency, "2024-12-02", "2024-12-11", "2024-12-05", "WITHDRAWN", "2025-03-12T23:30:00+08:00",
                "原行政处罚决定被人民法院判决撤销");
        // p9 published 12 Feb (2 working days), withdrawn on 31 Mar at 23:30 Beijing time (15:30 UTC): March.
        published(agency, "2025-02-10", "2025-02-19", "2025-02-12", "WITHDRAWN", "2025-03-31T23:30:00+08:00",
                "本机关复查发现认定事实不清，已撤销原决定");
        // p10 published 13 Feb (3 working days), withdrawn 1 Apr at 00:30 Beijing time (still 31 Mar in UTC): April.
        published(agency, "2025-02-10", "2025-02-19", "2025-02-13", "WITHDRAWN", "2025-04-01T00:30:00+08:00",
                "决定有误，已撤销");
        // Another agency's publication of March: not the agency's.
        published(other, "2025-03-03", "2025-03-12", "2025-03-05", "PUBLISHED", null, null);
    }

    @Test
    void theMonthsPublicationsOnTimeRateAndWorkingDays() {
        assertThat(figure("PUBLICATIONS", MARCH).value()).isEqualByComparingTo("3");            // p1, p2, p4
        assertThat(figure("PUBLICATION_ON_TIME_RATE", MARCH)).satisfies(rate(2, 4, "50.00"));   // p1 p4 / +p2 p5
        assertThat(figure("PUBLICATION_AVERAGE_WORKING_DAYS", MARCH)).satisfies(average(18, 3, "6.00")); // 2+10+6
        assertThat(figure("PUBLICATIONS_EXPIRED", MARCH).value()).isEqualByComparingTo("1");    // p6
    }

    @Test
    void theMonthsWithdrawalsInTheCountysTimeAndByTheirReasonsKind() {
        assertThat(figure("PUBLICATIONS_WITHDRAWN", MARCH).value()).isEqualByComparingTo("4");  // p4, p7, p8, p9
        assertThat(figure("WITHDRAWN_ON_RECONSIDERATION", MARCH).value()).isEqualByComparingTo("1"); // p4
        assertThat(figure("WITHDRAWN_BY_COURT", MARCH).value()).isEqualByComparingTo("1");      // p8
        assertThat(figure("WITHDRAWN_AS_CHANGED", MARCH).value()).isEqualByComparingTo("1");    // p7
        assertThat(figure("WITHDRAWN_REVOKED_OR_OTHER", MARCH).value()).isEqualByComparingTo("1"); // p9, not p10
    }

    @Test
    void theYearsFigures() {
        assertThat(figure("PUBLICATIONS", YEAR).value()).isEqualByComparingTo("7");     // p1-p4, p7, p9, p10
        assertThat(figure("PUBLICATION_ON_TIME_RATE", YEAR)).satisfies(rate(6, 8, "75.00")); // all due in 2025 but p2, p5
        assertThat(figure("PUBLICATION_AVERAGE_WORKING_DAYS", YEAR))
                .satisfies(average(30, 7, "4.29"));                                     // 2+10+5+6+2+2+3
        assertThat(figure("PUBLICATIONS_WITHDRAWN", YEAR).value()).isEqualByComparingTo("5"); // p4, p7-p10
        assertThat(figure("WITHDRAWN_REVOKED_OR_OTHER", YEAR).value()).isEqualByComparingTo("2"); // p9, p10
        assertThat(figure("PUBLICATIONS_EXPIRED", YEAR).value()).isEqualByComparingTo("1");
        assertThat(figure("PUBLICATIONS", Period.year(2024)).value()).isEqualByComparingTo("2"); // p6, p8
    }

    private Figure figure(String code, Period period) {
        return catalog.measure(catalog.find(code).orElseThrow(),
                DataScope.ofAgency(RegistryTestData.COUNTY, agency.id()), period).total();
    }

    private static Consumer<Figure> rate(long numerator, long denominator, String percent) {
        return figure -> {
            assertThat(figure.numerator()).isEqualTo(numerator);
            assertThat(figure.denominator()).isEqualTo(denominator);
            assertThat(figure.value()).isEqualByComparingTo(percent);
            assertThat(figure.rate()).isTrue();
        };
    }

    private static Consumer<Figure> average(long days, long publications, String value) {
        return figure -> {
            assertThat(figure.numerator()).isEqualTo(days);
            assertThat(figure.denominator()).isEqualTo(publications);
            assertThat(figure.value()).isEqualByComparingTo(value);
        };
    }

    private void published(Agency of, String decided, String due, @Nullable String publishedOn, String state,
                           @Nullable String withdrawnAt, @Nullable String reason) {
        LocalDate on = publishedOn == null ? null : LocalDate.parse(publishedOn);
        jdbc.sql("""
                insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on,
                       due_on, state, decision_kind, party_name, natural_person, minor, sections, original_text,
                       spans, redacted_text, published_at, published_by, published_on, expires_on, withdrawn_at,
                       withdrawn_by, withdrawal_reason)
                values (:case, :number, :agency, :county, :decided::date, :due::date, :state, 'PENALTY', '某公司',
                        false, false, '[]', '', '[]', '', :publishedAt, :by, :publishedOn, :expires,
                        :withdrawnAt::timestamptz, :by, :reason)""")
                .param("case", CASES.incrementAndGet()).param("number", "指标罚〔2025〕" + CASES.get() + "号")
                .param("agency", of.id()).param("county", RegistryTestData.COUNTY.value()).param("decided", decided)
                .param("due", due).param("state", state)
                .param("publishedAt", on == null ? null : on.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)))
                .param("by", on == null ? null : "legal").param("publishedOn", on)
                .param("expires", on == null ? null : state.equals("EXPIRED") ? on.plusMonths(6) : on.plusYears(3))
                .param("withdrawnAt", withdrawnAt).param("reason", reason).update();
    }
}
