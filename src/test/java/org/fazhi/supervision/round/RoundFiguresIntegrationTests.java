package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.round.RoundTestData.Bureau;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county's rounds, the indicators over them, and the generated history of a county. */
@FazhiIntegrationTest
class RoundFiguresIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("410425");

    @Autowired List<Indicator> indicators;
    @Autowired RoundTestData data;
    @Autowired Opinions opinions;
    @Autowired CountyRounds generation;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void theDemoCountyHasAFinishedRoundAnOpinionAwaitingAnswerAndAnEscalatedOne() {
        List<String> states = jdbc.sql("select state from supervision.opinion where region_code = ? and issued_by = 'supervisor'")
                .param(COUNTY.value()).query(String.class).list();
        assertThat(states).contains("ACCEPTED", "ISSUED", "ESCALATED");
        assertThat(jdbc.sql("select count(*) from supervision.round where region_code = ? and state = 'CLOSED'")
                .param(COUNTY.value()).query(Long.class).single()).isPositive();
    }

    @Test
    void indicatorsCountOpinionsMeasuresAndRectification() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("指标监督局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_LAW", "指标测试问题", null);
        Opinion opinion = opinions.issueForRound(bureau.supervisor(), round.id(), agency.id());
        opinions.answer(org.fazhi.registry.RegistryTestData.agencyAdmin(agency), opinion.id(), "已整改", List.of());
        opinions.accept(bureau.supervisor(), opinion.id());
        LocalDate today = LocalDate.now(clock);
        Period period = new Period(today.withDayOfYear(1), today);

        Indicator.Measurement opinionsIssued = measure("SUPERVISION_OPINIONS", period);
        assertThat(opinionsIssued.byAgency()).filteredOn(a -> a.agencyId() == agency.id()).singleElement()
                .satisfies(a -> assertThat(a.figure().numerator()).isEqualTo(1));
        assertThat(measure("RECTIFICATION_RATE", period).byAgency()).filteredOn(a -> a.agencyId() == agency.id())
                .singleElement().satisfies(a -> assertThat(a.figure().asDouble()).isEqualTo(100.0));
        assertThat(measure("RECTIFICATION_MEASURES", period).total().numerator()).isPositive();
        assertThat(measure("SUPERVISION_PROBLEMS_CONDUCT", period).byAgency())
                .filteredOn(a -> a.agencyId() == agency.id()).singleElement()
                .satisfies(a -> assertThat(a.figure().numerator()).isEqualTo(1));
        for (Indicator indicator : indicators) {
            if (indicator.getClass() == RoundTally.class) {
                assertThat(indicator.measure(COUNTY, period).total()).isNotNull();
            }
        }
    }

    @Test
    void aCountyGetsQuarterlyRoundsOnce() {
        RegionCode county = RegionCode.of("419958");
        CountyRounds.Written made = generation.generate(county, 2, 7);
        int quarters = 4 + (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1;
        assertThat(made.rounds()).isEqualTo(quarters);
        assertThat(generation.hasAny(county)).isTrue();
        assertThat(generation.generate(county, 2, 7).rounds()).isZero();
    }

    private Indicator.Measurement measure(String code, Period period) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow()
                .measure(COUNTY, period);
    }
}
