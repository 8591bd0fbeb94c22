package org.fazhi.registry;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county loaded at first start in demo mode gives every page something to show. */
@FazhiIntegrationTest
class DemoCountyIntegrationTests {

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void hasTheCountyItsTownshipsAndItsAgencies() {
        assertThat(count("select count(*) from registry.region where kind <> 'COUNTY' and code like '410425%'")).isEqualTo(15);
        assertThat(count("select count(*) from registry.agency where kind = 'COUNTY_DEPARTMENT' and name like '%郏县%'"))
                .isGreaterThanOrEqualTo(28);
        assertThat(count("select count(*) from registry.agency where kind = 'TOWNSHIP_TEAM' and name like '%综合行政执法大队'"))
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void hasAboutFourHundredOfficersWithCertificatesInEveryState() {
        // The demo county's agencies are state organs (credit codes 11...); test fixtures use 12....
        long demoOfficers = count("select count(*) from registry.officer o join registry.agency a on a.id = o.agency_id "
                + "where a.credit_code like '11%' and a.region_code like '410425%'");
        assertThat(demoOfficers).isBetween(350L, 500L);
        List<String> states = jdbc.sql("""
                select distinct case when status <> 'VALID' then status
                                     when expires_on < current_date then 'EXPIRED' else 'VALID' end
                  from registry.certificate where number like '410425%'""").query(String.class).list();
        assertThat(states).contains("VALID", "SUSPENDED", "REVOKED", "EXPIRED");
        assertThat(count("select count(*) from registry.certificate where number like '410425%' and status = 'VALID' "
                + "and expires_on between current_date and current_date + 30")).isPositive();
        assertThat(count("select count(*) from registry.annual_review")).isGreaterThan(100);
    }

    @Test
    void hasOneDemoAccountPerRole() {
        assertThat(jdbc.sql("select role from identity.account where username in ('admin','supervisor','agency','officer',"
                + "'reconsideration','leader','enterprise') order by role").query(String.class).list())
                .containsExactlyInAnyOrder("ADMIN", "SUPERVISOR", "AGENCY_ADMIN", "OFFICER", "RECONSIDERATION",
                        "LEADER", "ENTERPRISE");
    }
}
