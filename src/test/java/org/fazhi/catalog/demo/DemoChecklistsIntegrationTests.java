package org.fazhi.catalog.demo;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's checklists and the forms its generated inspections filled in: 4-8 points per inspection item,
 * a revised item's versions with their own checklists, and records consistent with each result.
 */
@FazhiIntegrationTest
class DemoChecklistsIntegrationTests {

    private static final String DEMO_INSPECTION_ITEMS = """
            catalog.item i where i.code ~ '^JC-[0-9]{2}-[0-9]{3}$' and i.region_code = '410425'
             and i.category = 'INSPECTION'""";
    private static final String CONCLUDED = """
            inspection.task t where t.region_code = '410425' and t.status = 'CONCLUDED'
             and exists (select 1 from catalog.check_point p where p.item_id = any(t.item_ids))""";

    @Autowired JdbcClient jdbc;

    @Test
    void everyDemoInspectionItemHasFourToEightCheckPointsWithTheirLegalBases() {
        List<Long> sizes = jdbc.sql("select (select count(*) from catalog.check_point p where p.item_id = i.id) from "
                + DEMO_INSPECTION_ITEMS + " and (i.effective_to is null or i.effective_to >= current_date)")
                .query(Long.class).list();
        assertThat(sizes).hasSize(39).allSatisfy(size -> assertThat(size).isBetween(4L, 8L));
        assertThat(count("select count(*) from catalog.check_point p, " + DEMO_INSPECTION_ITEMS
                + " and p.item_id = i.id and p.legal_basis = '《中华人民共和国食品安全法》第五十三条'")).isPositive();
        assertThat(jdbc.sql("select (select count(*) from catalog.check_point p where p.item_id = i.id) from "
                        + DEMO_INSPECTION_ITEMS + " and i.name = '对食品生产经营者的监督检查' order by i.effective_from")
                .query(Long.class).list()).as("the 2021 version lacked a point the 2024 revision added")
                .containsExactly(7L, 8L);
    }

    @Test
    void generatedConcludedInspectionsRecordEveryPointConsistentlyWithTheirResults() {
        assertThat(count("select count(*) from " + CONCLUDED)).isPositive();
        assertThat(count("select count(*) from " + CONCLUDED + """
                 and (select count(*) from inspection.check_record r where r.task_id = t.id)
                  <> (select count(*) from catalog.check_point p where p.item_id = any(t.item_ids))"""))
                .as("every point of every cited item recorded").isZero();
        assertThat(count("select count(*) from " + CONCLUDED + """
                 and t.result = 'NO_PROBLEM' and exists (select 1 from inspection.check_record r
                                                          where r.task_id = t.id and r.outcome = 'NONCONFORMING')"""))
                .isZero();
        assertThat(count("select count(*) from " + CONCLUDED + """
                 and t.result <> 'NO_PROBLEM' and not exists (select 1 from inspection.check_record r
                                                               where r.task_id = t.id and r.cited)""")).isZero();
        assertThat(count("select count(*) from inspection.check_record r join inspection.task t on t.id = r.task_id"
                + " where t.region_code = '410425' and t.status <> 'CONCLUDED'")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
