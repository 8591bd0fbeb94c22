package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fines of some agencies or parties, read at once for a batch spread over counties (by each one's own index), give
 * what each county's own read gives for them: the period's fines only, each answered only in the county it was
 * asked for.
 */
@FazhiIntegrationTest
class FineFactsIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;
    private static final RegionCode OTHER_COUNTY = RegionCode.of("410426");

    @Autowired FineFacts fines;
    @Autowired CaseworkTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void readsTheAskedAgenciesFinesOfThePeriodAsTheCountysOwnReadDoes() {
        Handling asked = data.agency("罚款甲局");
        Handling askedElsewhere = data.agency("罚款乙局");
        long inPeriod = data.decided(asked, "2000");
        long beforePeriod = data.decided(asked, "3000");
        long otherAgency = data.decided(askedElsewhere, "4000");
        LocalDate day = jdbc.sql("select decided_on from casework.penalty_case where id = ?").param(inPeriod)
                .query(LocalDate.class).single();
        jdbc.sql("update casework.penalty_case set decided_on = ?::date - 100 where id = ?").params(day, beforePeriod)
                .update();

        IdsByCounty agencies = IdsByCounty.of(Map.of(COUNTY, List.of(asked.agencyId()),
                OTHER_COUNTY, List.of(askedElsewhere.agencyId())));
        Map<RegionCode, List<Fine>> read = fines.decidedByAgencies(agencies, day.minusDays(10), day);

        assertThat(read.get(COUNTY)).extracting(Fine::caseId).containsExactly(inPeriod);
        assertThat(read.get(COUNTY).get(0).fine()).isEqualTo(Money.ofYuan("2000"));
        assertThat(read.get(OTHER_COUNTY)).isEmpty(); // the agency is not that county's
        assertThat(fines.decided(COUNTY, day.minusDays(10), day)).extracting(Fine::caseId)
                .contains(inPeriod, otherAgency).doesNotContain(beforePeriod);
        assertThat(fines.decidedByAgencies(agencies, day.minusDays(200), day).get(COUNTY)).extracting(Fine::caseId)
                .containsExactly(beforePeriod, inPeriod);

        IdsByCounty parties = IdsByCounty.of(Map.of(COUNTY, List.of(asked.party().id()),
                OTHER_COUNTY, List.of(askedElsewhere.party().id())));
        Map<RegionCode, List<Fine>> against = fines.decidedAgainst(parties, day.minusDays(200), day);
        assertThat(against.get(COUNTY)).extracting(Fine::caseId).containsExactly(beforePeriod, inPeriod);
        assertThat(against.get(OTHER_COUNTY)).isEmpty();
    }
}
