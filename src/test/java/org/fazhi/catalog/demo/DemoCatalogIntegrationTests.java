package org.fazhi.catalog.demo;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county's item lists, with 004's delegation figures. Demo codes look like CF-01-001; tests' start with T. */
@FazhiIntegrationTest
class DemoCatalogIntegrationTests {

    private static final String DEMO = "i.code ~ '^[A-Z]{2}-[0-9]{2}-[0-9]{3}$' and i.region_code = '410425'";
    private static final String IN_FORCE = "i.effective_from <= current_date and (i.effective_to is null or i.effective_to >= current_date)";

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyCountyDepartmentHasEightToTwentyFiveItemsInForceAboutAThirdConcerningEnterprises() {
        List<Long> perAgency = jdbc.sql("select count(*) from catalog.item i where " + DEMO + " and " + IN_FORCE
                + " group by i.agency_id").query(Long.class).list();
        assertThat(perAgency).hasSize(30).allSatisfy(count -> assertThat(count).isBetween(8L, 25L));
        long all = perAgency.stream().mapToLong(Long::longValue).sum();
        long enterprise = count("select count(*) from catalog.item i where " + DEMO + " and " + IN_FORCE
                + " and i.enterprise_related");
        assertThat(enterprise * 100 / all).isBetween(22L, 38L);
        assertThat(count("select count(distinct i.category) from catalog.item i where " + DEMO)).isEqualTo(10);
    }

    @Test
    void delegatesSixtyOnePenaltyPowersToTownshipsAndFortyFiveToSubdistrictsFromFiveDepartments() {
        String delegated = "select %s from catalog.item i join catalog.delegation d on d.item_id = i.id where "
                + DEMO + " and " + IN_FORCE + " and d.receiver = '%s'";
        String penalties = delegated + " and i.category = 'PENALTY'";
        assertThat(count(penalties.formatted("count(distinct i.id)", "TOWNSHIPS"))).isEqualTo(61);
        assertThat(count(penalties.formatted("count(distinct d.domain)", "TOWNSHIPS"))).isEqualTo(5);
        assertThat(count(penalties.formatted("count(distinct i.id)", "SUBDISTRICTS"))).isEqualTo(45);
        assertThat(count(penalties.formatted("count(distinct d.domain)", "SUBDISTRICTS"))).isEqualTo(4);
        assertThat(count(delegated.formatted("count(distinct d.delegating_agency_id)", "TOWNSHIPS"))).isEqualTo(5);
    }

    @Test
    void delegatesTheInspectionsThatGoWithThePenaltyPowers() {
        String inspections = "select count(distinct i.id) from catalog.item i join catalog.delegation d"
                + " on d.item_id = i.id where " + DEMO + " and " + IN_FORCE
                + " and i.category = 'INSPECTION' and d.receiver = '%s'";
        assertThat(count(inspections.formatted("TOWNSHIPS"))).isEqualTo(6);
        assertThat(count(inspections.formatted("SUBDISTRICTS"))).isEqualTo(4);
    }

    @Test
    void keepsTheHistoryOfRevisedAndWithdrawnItems() {
        assertThat(count("select count(*) from (select code from catalog.item i where " + DEMO
                + " group by code having count(*) > 1) revised")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from catalog.item i where " + DEMO + " and i.effective_to < current_date"
                + " and not exists (select 1 from catalog.item n where n.code = i.code and n.region_code = i.region_code"
                + " and n.effective_from > i.effective_from)")).isEqualTo(2);
        assertThat(count("select count(*) from catalog.legal_basis b join catalog.item i on i.id = b.item_id where "
                + DEMO + " and b.law = '中华人民共和国食品安全法' and b.article = '第一百二十四条'")).isPositive();
    }
}
