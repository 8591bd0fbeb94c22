package org.fazhi.governance.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.governance.LedgerGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 法律顾问覆盖率 from the legal-advisers ledger and the registry's agencies: an agency whose adviser serves at the
 * period's end is covered, one whose adviser's term ended is not, a village adviser or a body named only as text
 * does not count; the county's figure is covered agencies over the agencies of the required kinds, counted by hand.
 * The demo county's advisers, and a generated county's, cover most of its bodies, not all.
 */
@FazhiIntegrationTest
class LegalAdviserCoverageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired IndicatorCatalog catalog;
    @Autowired Clock clock;
    @Autowired AgencyDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired RegistryGeneration registryGeneration;
    @Autowired LedgerGeneration ledgerGeneration;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void anAgencyIsCoveredWhileItsAdviserServes() throws Exception {
        LocalDate t = LocalDate.now(clock);
        long covered = registry.agency("顾问覆盖局").id();
        long lapsed = registry.agency("顾问期满局").id();
        Period year = Period.yearToDate(t);
        Indicator coverage = catalog.find("LEGAL_ADVISER_COVERAGE_RATE").orElseThrow();
        Figure before = coverage.measure(RegistryTestData.COUNTY, year).total();

        adviser(covered, "法律顾问", t.minusDays(10), null);
        adviser(lapsed, "法律顾问", t.minusDays(400), t.minusDays(1));
        adviser(lapsed, "村居法律顾问", t.minusDays(10), null);
        adviser(null, "法律顾问", t.minusDays(10), null);

        Indicator.Measurement after = coverage.measure(RegistryTestData.COUNTY, year);
        assertThat(figureOf(after, covered).numerator() + "/" + figureOf(after, covered).denominator()).isEqualTo("1/1");
        assertThat(figureOf(after, lapsed).numerator() + "/" + figureOf(after, lapsed).denominator()).isEqualTo("0/1");
        assertThat(after.total().numerator()).isEqualTo(before.numerator() + 1);
        assertThat(after.total().denominator()).isEqualTo(before.denominator());
        assertThat(after.byAgency()).hasSize((int) after.total().denominator());
        Figure lastYear = coverage.measure(RegistryTestData.COUNTY, new Period(t.minusDays(30), t.minusDays(20)))
                .byAgency().stream().filter(a -> a.agencyId() == covered).findFirst().orElseThrow().figure();
        assertThat(lastYear.numerator()).isZero();
    }

    @Test
    void theDemoCountysAdvisersCoverMostOfItsBodiesButNotAll() {
        Indicator.Measurement coverage = catalog.find("LEGAL_ADVISER_COVERAGE_RATE").orElseThrow()
                .measure(RegistryTestData.COUNTY, Period.yearToDate(LocalDate.now(clock)));
        // the demo county's own 46 bodies were registered before any test ran
        List<Long> demoAgencies = jdbc.sql("select id from registry.agency where region_code like ? order by id limit 46")
                .param(RegistryTestData.COUNTY.value() + "%").query(Long.class).list();
        List<Indicator.AgencyFigure> demo = coverage.byAgency().stream()
                .filter(a -> demoAgencies.contains(a.agencyId())).toList();
        long covered = demo.stream().filter(a -> a.figure().numerator() > 0).count();

        assertThat(demo).as("30 departments and 15 township teams; not the entrusted urban team").hasSize(45);
        assertThat(covered).as("38 of 45 as loaded (6 bodies without an adviser, 1 whose term ended); another test"
                + " may appoint one more").isBetween(38L, 39L);
        assertThat(coverage.total().numerator()).isBetween(1L, coverage.total().denominator() - 1);
    }

    @Test
    void aGeneratedCountysAdvisersCoverMostOfItsBodiesInEveryYear() {
        RegionCode county = RegionCode.of("419937");
        registryGeneration.generateCounty(county, 20, 37);
        ledgerGeneration.generate(county, 3, 5, 37);
        Indicator coverage = catalog.find("LEGAL_ADVISER_COVERAGE_RATE").orElseThrow();
        LocalDate t = LocalDate.now(clock);

        for (Period period : List.of(Period.yearToDate(t), Period.year(t.getYear() - 1), Period.year(t.getYear() - 2))) {
            Figure figure = coverage.measure(county, period).total();
            assertThat(figure.numerator() + "/" + figure.denominator()).as("%s: one agency in eight without", period)
                    .isEqualTo("39/45");
        }
        assertThat(jdbc.sql("""
                select count(*) from governance.ledger_entry
                 where region_code = ? and type_code = 'legal-advisers' and field_values ->> 'bodyAgency' is not null
                   and field_values ->> 'adviserType' = '村居法律顾问'""").param(county.value()).query(Long.class)
                .single()).as("village advisers name their village as text only").isZero();
    }

    @Test
    void theRequiredKindsSetWhichBodiesAreCounted() throws Exception {
        LocalDate t = LocalDate.now(clock);
        Period year = Period.yearToDate(t);
        DataScope county = DataScope.ofRegion(RegistryTestData.COUNTY);
        List<AgencyOptions.Option> teams = directory.townshipTeams(county);
        adviser(teams.get(0).id(), "公职律师", t.minusDays(5), null);

        Indicator.Measurement byDefault = catalog.find("LEGAL_ADVISER_COVERAGE_RATE").orElseThrow()
                .measure(RegistryTestData.COUNTY, year);
        Indicator.Measurement townshipsOnly = coverage(EnumSet.of(AgencyKind.TOWNSHIP_TEAM)).measure(
                RegistryTestData.COUNTY, year);
        Indicator.Measurement everyKind = coverage(EnumSet.allOf(AgencyKind.class)).measure(RegistryTestData.COUNTY,
                year);

        assertThat(byDefault.total().denominator()).as("departments and township teams, not the entrusted team")
                .isEqualTo(count("kind in ('COUNTY_DEPARTMENT', 'TOWNSHIP_TEAM')"));
        assertThat(byDefault.byAgency()).extracting(Indicator.AgencyFigure::agencyName)
                .doesNotContain("郏县城市管理综合执法大队");
        assertThat(townshipsOnly.total().denominator()).isEqualTo(teams.size()).isLessThan(
                byDefault.total().denominator());
        assertThat(townshipsOnly.byAgency()).extracting(Indicator.AgencyFigure::agencyId)
                .containsExactlyInAnyOrderElementsOf(teams.stream().map(AgencyOptions.Option::id).toList());
        assertThat(townshipsOnly.total().numerator()).isEqualTo(townshipsOnly.byAgency().stream()
                .filter(a -> a.figure().numerator() > 0).count()).isPositive();
        assertThat(everyKind.total().denominator()).isEqualTo(count("true"))
                .isGreaterThan(byDefault.total().denominator());
        assertThat(everyKind.byAgency()).extracting(Indicator.AgencyFigure::agencyName)
                .contains("郏县城市管理综合执法大队");
    }

    LegalAdviserCoverage coverage(Set<AgencyKind> kinds) {
        return new LegalAdviserCoverage(jdbc, directory, new LegalAdviserProperties(kinds));
    }

    long count(String condition) {
        return jdbc.sql("select count(*) from registry.agency where region_code like ? and " + condition)
                .param(RegistryTestData.COUNTY.value() + "%").query(Long.class).single();
    }

    static Figure figureOf(Indicator.Measurement m, long agency) {
        return m.byAgency().stream().filter(a -> a.agencyId() == agency).findFirst().orElseThrow().figure();
    }

    void adviser(@Nullable Long agency, String kind, LocalDate appointed, @Nullable LocalDate ends) throws Exception {
        MockHttpServletRequestBuilder request = post("/governance/ledgers/legal-advisers").param("name", "某顾问")
                .param("body", "顾问单位" + RegistryTestData.suffix()).param("bodyLevel", "县直部门")
                .param("adviserType", kind).param("profession", "律师").param("appointedOn", appointed.toString());
        if (agency != null) {
            request.param("bodyAgency", Long.toString(agency));
        }
        if (ends != null) {
            request.param("termEndsOn", ends.toString());
        }
        mvc.perform(request.with(user(bureau)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
