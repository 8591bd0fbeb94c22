package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases an agency took up in a period, as the monitoring's AGENCY_INACTIVE asks them: a filing, a decision on
 * the spot (no filing), a case that is both counted once, a filing outside the period not at all; one county's read
 * and the read over several counties agree.
 */
@FazhiIntegrationTest
class CaseActivityIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;

    @Autowired CaseActivity activity;
    @Autowired CaseworkTestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void countsFilingsAndDecisionsOnTheSpotInThePeriodEachCaseOnce() {
        Handling files = data.agency("立案活动局");
        Handling decides = data.agency("当场活动局");
        Handling both = data.agency("两者活动局");
        long filed = data.filed(files);
        long filedLongAgo = data.filed(files);
        long onTheSpot = data.decided(decides, "2000");
        long filedAndOnTheSpot = data.decided(both, "2000");
        LocalDate day = jdbc.sql("select filed_on from casework.penalty_case where id = ?").param(filed)
                .query(LocalDate.class).single();
        // As cases decided on the spot and recorded by an import: the procedure does not make these shapes itself.
        jdbc.sql("update casework.penalty_case set filed_on = ?::date - 100 where id = ?").params(day, filedLongAgo)
                .update();
        jdbc.sql("update casework.penalty_case set procedure = 'SIMPLE', filed_on = null, decided_on = ? where id = ?")
                .params(day, onTheSpot).update();
        jdbc.sql("update casework.penalty_case set procedure = 'SIMPLE', filed_on = ?, decided_on = ? where id = ?")
                .params(day, day, filedAndOnTheSpot).update();

        Map<Long, Long> byAgency = activity.byAgency(COUNTY, day.minusDays(10), day);
        assertThat(byAgency).containsEntry(files.agencyId(), 1L).containsEntry(decides.agencyId(), 1L)
                .containsEntry(both.agencyId(), 1L);
        assertThat(activity.byAgency(COUNTY, day.minusDays(200), day)).containsEntry(files.agencyId(), 2L);
        assertThat(activity.byAgency(COUNTY, day.plusDays(1), day.plusDays(90)))
                .doesNotContainKeys(files.agencyId(), decides.agencyId(), both.agencyId());

        IdsByCounty asked = IdsByCounty.of(Map.of(COUNTY, List.of(files.agencyId(), decides.agencyId()),
                RegionCode.of("410426"), List.of(both.agencyId())));
        Map<RegionCode, Map<Long, Long>> ofAgencies = activity.ofAgencies(asked, day.minusDays(10), day);
        assertThat(ofAgencies.get(COUNTY)).isEqualTo(Map.of(files.agencyId(), 1L, decides.agencyId(), 1L));
        assertThat(ofAgencies.get(RegionCode.of("410426"))).isEmpty(); // the agency is not that county's
        assertThat(activity.ofAgency(COUNTY, both.agencyId(), day.minusDays(10), day))
                .isEqualTo(Map.of(both.agencyId(), 1L));
    }
}
