package org.fazhi.disclosure.generation;

import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county's agencies that made the demo cases have publications in every state, and consistent ones. */
@FazhiIntegrationTest
class DemoPublicationsIntegrationTests {

    /** The publications of the agencies whose officers told the demo case stories. */
    private static final String DEMO = """
             from disclosure.publication p
            where p.region_code = '410425' and p.agency_id in (
                  select agency_id from casework.penalty_case
                   where region_code = '410425' and (created_by = 'officer' or created_by like 'demo-officer-%'))""";

    @Autowired JdbcClient jdbc;

    @Test
    void everyStateIsShownAndEachIsConsistent() {
        Map<String, Long> byState = jdbc.sql("select p.state, count(*)" + DEMO + " group by p.state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byState).containsKeys("PENDING", "PUBLISHED", "WITHDRAWN", "EXPIRED");
        assertThat(count(" and p.state <> 'PENDING' and (p.published_on is null or p.published_on < p.decided_on)"))
                .isZero();
        assertThat(count(" and p.state = 'WITHDRAWN' and (p.withdrawal_reason is null or p.withdrawn_at is null)"))
                .isZero();
        assertThat(count(" and p.state = 'EXPIRED' and p.expires_on >= current_date")).isZero();
    }

    private long count(String where) {
        return jdbc.sql("select count(*)" + DEMO + where).query(Long.class).single();
    }
}
