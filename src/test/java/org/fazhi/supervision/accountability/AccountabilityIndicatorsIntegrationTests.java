package org.fazhi.supervision.accountability;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.disputes.litigation.LitigationTestData;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability indicators (004: units criticised / persons handled / referred / not pursued) against findings
 * of a year of their own counted by hand, and the demo county's findings.
 */
@FazhiIntegrationTest
class AccountabilityIndicatorsIntegrationTests {

    private static final int YEAR = 2017;
    private static final Period PERIOD = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));

    @Autowired List<Indicator> indicators;
    @Autowired CaseworkTestData casework;
    @Autowired LitigationTestData litigation;
    @Autowired Accountability accountability;
    @Autowired JdbcClient jdbc;

    @Test
    void eachFigureIsTheHandCountOfTheYearsFindings() {
        Handling a = casework.agency("指标追责甲局");
        Handling b = casework.agency("指标追责乙局");
        record(a.agencyId(), "SUPERVISION_FINDING:3", true, true, true, List.of(
                person("甲一", HandlingKind.PARTY_GOVERNMENT_SANCTION), person("甲二", HandlingKind.ORGANISATIONAL),
                person("甲三", HandlingKind.PARTY_GOVERNMENT_SANCTION)));
        record(a.agencyId(), "LAWSUIT:" + litigation.lost(a.agencyId(), LocalDate.of(YEAR, 4, 1)), false, false, false, List.of());
        record(a.agencyId(), "LAWSUIT:" + litigation.lost(a.agencyId(), LocalDate.of(YEAR, 4, 2)), true, true, false, List.of(person("甲四", HandlingKind.ORGANISATIONAL)));
        record(b.agencyId(), "CASE_FILE_REVIEW:4", true, true, false, List.of(person("乙一", HandlingKind.ADMONITION)));

        assertThat(count("ACCOUNTABILITY_FINDINGS", a)).isEqualTo(3);
        assertThat(count("ACCOUNTABILITY_FROM_LAWSUITS", a)).isEqualTo(2);
        assertThat(count("ACCOUNTABILITY_FROM_SUPERVISION", a)).isEqualTo(1);
        assertThat(count("ACCOUNTABILITY_FROM_REVIEWS", b)).isEqualTo(1);
        assertThat(count("ACCOUNTABILITY_FROM_REVIEWS", a)).isZero();
        assertThat(count("ACCOUNTABILITY_UNITS_CRITICISED", a)).isEqualTo(1);
        assertThat(total("ACCOUNTABILITY_UNITS_CRITICISED")).isEqualTo(2);
        assertThat(count("ACCOUNTABILITY_PERSONS", a)).isEqualTo(4);
        assertThat(total("ACCOUNTABILITY_PERSONS")).isEqualTo(5);
        assertThat(count("ACCOUNTABILITY_PERSONS_SANCTIONED", a)).isEqualTo(2);
        assertThat(count("ACCOUNTABILITY_PERSONS_ORGANISATIONAL", a)).isEqualTo(2);
        assertThat(count("ACCOUNTABILITY_REFERRED", a)).isEqualTo(1);
        assertThat(count("ACCOUNTABILITY_NOT_PURSUED", a)).isEqualTo(1);
        assertThat(total("ACCOUNTABILITY_NOT_PURSUED")).isEqualTo(1);
    }

    @Test
    void theDemoCountyHasFindingsLinkedToItsRoundsReviewsAndLawsuits() {
        List<String> sources = jdbc.sql("select source_type from supervision.accountability_finding "
                + "where region_code = ? and recorded_by = 'supervisor'").param(RegistryTestData.COUNTY.value())
                .query(String.class).list();
        assertThat(sources).contains("SUPERVISION_FINDING", "CASE_FILE_REVIEW", "LAWSUIT");
        assertThat(jdbc.sql("select count(*) from supervision.accountability_finding f join supervision.finding s "
                        + "on f.source_type = 'SUPERVISION_FINDING' and s.id = f.source_id and s.agency_id = f.agency_id")
                .query(Long.class).single()).isPositive();
    }

    private void record(long agency, String source, boolean pursued, boolean circulated, boolean referred,
                        List<Accountability.PersonForm> persons) {
        accountability.record(RegistryTestData.supervisor(), new Accountability.FindingForm(agency, source,
                "指标测试过错", LocalDate.of(YEAR, 5, 1), pursued, pursued ? null : "不存在主观过错", circulated,
                referred, persons));
    }

    private static Accountability.PersonForm person(String name, HandlingKind handling) {
        return new Accountability.PersonForm(name, null, handling);
    }

    private long count(String code, Handling h) {
        return indicator(code).measure(region(), PERIOD).byAgency().stream().filter(a -> a.agencyId() == h.agencyId())
                .findFirst().map(a -> a.figure().numerator()).orElse(0L);
    }

    private long total(String code) {
        return indicator(code).measure(region(), PERIOD).total().numerator();
    }

    private static RegionCode region() {
        return RegistryTestData.COUNTY;
    }

    private Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
