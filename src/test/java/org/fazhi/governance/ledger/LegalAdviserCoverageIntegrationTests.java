package org.fazhi.governance.ledger;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * does not count; the county's figure is covered agencies over all its agencies, counted by hand.
 */
@FazhiIntegrationTest
class LegalAdviserCoverageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired IndicatorCatalog catalog;
    @Autowired Clock clock;

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
