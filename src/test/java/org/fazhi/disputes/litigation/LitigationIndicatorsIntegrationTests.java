package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The litigation figures of one defendant agency, counted by hand: filed by instance, concluded, the loss rate F1
 * (first instance, by conclusion date) and the head-appearance rate F2 (per hearing); and the demo county's lawsuits.
 */
@FazhiIntegrationTest
class LitigationIndicatorsIntegrationTests {

    @Autowired List<Indicator> indicators;
    @Autowired RegistryTestData registry;
    @Autowired Lawsuits service;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Value("${fazhi.region-code}") String demoCounty;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theFiguresOfOneAgencyMatchItsLawsuitsCountedByHand() {
        long agency = registry.agency("应诉指标局").id();
        LocalDate t = LocalDate.now(clock);
        long a = served(agency, t.minusDays(50), Instance.FIRST, null);
        service.recordHearing(bureau, a, t.minusDays(40), Appearance.HEAD, "局长");
        service.recordHearing(bureau, a, t.minusDays(30), Appearance.STAFF, "法制股长");
        service.conclude(bureau, a, LawsuitOutcome.REVOKED, t.minusDays(20), null);
        long b = served(agency, t.minusDays(45), Instance.FIRST, null);
        service.recordHearing(bureau, b, t.minusDays(35), Appearance.DEPUTY, "副局长");
        service.conclude(bureau, b, LawsuitOutcome.CLAIMS_DISMISSED, t.minusDays(10), null);
        long c = served(agency, t.minusDays(44), Instance.FIRST, null);
        service.recordHearing(bureau, c, t.minusDays(30), Appearance.NONE, null);
        service.conclude(bureau, c, LawsuitOutcome.WITHDRAWN_AFTER_CHANGE, t.minusDays(5), null);
        long d = served(agency, t.minusDays(15), Instance.SECOND, a);
        service.recordHearing(bureau, d, t.minusDays(3), Appearance.HEAD, "局长");
        long e = served(agency, t.minusDays(100), Instance.FIRST, null);
        service.conclude(bureau, e, LawsuitOutcome.CLAIMS_DISMISSED, t.minusDays(70), null);
        Period period = new Period(t.minusDays(60), t);

        assertThat(of("LITIGATION_FILED", agency, period).numerator()).isEqualTo(4);
        assertThat(of("LITIGATION_FILED_FIRST", agency, period).numerator()).isEqualTo(3);
        assertThat(of("LITIGATION_FILED_SECOND", agency, period).numerator()).isEqualTo(1);
        assertThat(indicator("LITIGATION_FILED_RETRIAL").measure(bureau.region(), period).byAgency())
                .noneMatch(f -> f.agencyId() == agency);
        assertThat(of("LITIGATION_CONCLUDED", agency, period).numerator()).isEqualTo(3);
        Figure loss = of("LITIGATION_LOSS_RATE", agency, period);
        assertThat(loss.numerator() + "/" + loss.denominator()).isEqualTo("1/3");
        assertThat(loss.value()).hasToString("33.33");
        Figure appearance = of("HEAD_APPEARANCE_RATE", agency, period);
        assertThat(appearance.numerator() + "/" + appearance.denominator()).isEqualTo("3/5");
        assertThat(appearance.value()).hasToString("60.00");
        assertThat(of("LITIGATION_LOSS_RATE", agency, new Period(t.minusDays(120), t)).denominator()).isEqualTo(4);
    }

    @Test
    void theDemoCountyHasLawsuitsOfEveryKindOverTwoYears() {
        RegionCode county = RegionCode.of(demoCounty);
        assertThat(jdbc.sql("select count(*) from disputes.lawsuit where region_code = ? and registered_by = "
                + "'supervisor'").param(county.value()).query(Long.class).single()).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("select count(distinct outcome) from disputes.lawsuit where region_code = ? and outcome in "
                + "('REVOKED', 'CHANGED', 'DECLARED_UNLAWFUL', 'ORDERED_TO_PERFORM')").param(county.value())
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from disputes.lawsuit where region_code = ? and instance = 'SECOND' "
                + "and prior_id is not null").param(county.value()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(distinct h.appearance) from disputes.lawsuit_hearing h join disputes.lawsuit s "
                + "on s.id = h.lawsuit_id where s.region_code = ?").param(county.value()).query(Long.class).single())
                .isEqualTo(4);
        LocalDate t = LocalDate.now(clock);
        Figure loss = indicator("LITIGATION_LOSS_RATE").measure(county, new Period(t.minusYears(2), t)).total();
        assertThat(loss.numerator()).isPositive();
        assertThat(loss.denominator()).isGreaterThan(loss.numerator());
    }

    long served(long agency, LocalDate on, Instance instance, @Nullable Long prior) {
        return service.register(bureau, new LawsuitForm("郏县人民法院", instance, "（指标）" + RegistryTestData.suffix(),
                prior, PlaintiffKind.ORGANISATION, "某公司", null, agency, "行政处罚", "罚款", null, on)).id();
    }

    Figure of(String code, long agency, Period period) {
        return indicator(code).measure(bureau.region(), period).byAgency().stream()
                .filter(f -> f.agencyId() == agency).findFirst().orElseThrow().figure();
    }

    Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
