package org.fazhi.generator;

import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small generated county with five years of inspections, made once per test context: 300 officers, 800
 * parties, {@value #PER_YEAR} inspections a year. Also what the tests need to compare and redo its inspections.
 */
@Component
public class GeneratedInspections {

    static final RegionCode COUNTY = RegionCode.of("419957");
    static final int PER_YEAR = 250;
    static final int YEARS = 5;
    static final long SEED = 20261123L;

    private final RegistryGeneration registry;
    private final CatalogGeneration catalog;
    private final PartyGeneration parties;
    private final InspectionGeneration inspections;
    private final JdbcClient jdbc;
    private InspectionGeneration.County made;

    GeneratedInspections(RegistryGeneration registry, CatalogGeneration catalog, PartyGeneration parties,
                         InspectionGeneration inspections, JdbcClient jdbc) {
        this.registry = registry;
        this.catalog = catalog;
        this.parties = parties;
        this.inspections = inspections;
        this.jdbc = jdbc;
    }

    /** The county, generated on first use. */
    synchronized InspectionGeneration.County county() {
        if (made == null) {
            RegistryGeneration.County county = registry.generateCounty(COUNTY, 300, SEED);
            catalog.generateCounty(COUNTY, county.name(), 60, SEED);
            catalog.fileInspectionLists(COUNTY, county.name(), SEED);
            parties.generate(COUNTY, 800, SEED);
            made = generate();
        }
        return made;
    }

    InspectionGeneration.County generate() {
        return inspections.generateCounty(COUNTY, PER_YEAR, YEARS, SEED);
    }

    /** The county's plans, draws, tasks and what hangs off them, as text without ids or sequence numbers. */
    String digest() {
        return jdbc.sql("""
                select md5(string_agg(line, E'\\n' order by line)) from (
                  select concat_ws('|', t.kind, t.origin, t.origin_note, p.code, t.party_id, t.lead_agency_id,
                         t.agency_ids, t.item_ids, t.window_from, t.window_to, t.status, t.frequency_outcome,
                         t.frequency_reasons, t.code_version, t.checked_in_at, t.result, t.rectification_due,
                         t.result_note, t.concluded_at, t.created_by, t.created_at, t.version,
                         (select string_agg(concat_ws(':', officer_id, name), ',' order by officer_id)
                            from inspection.task_inspector i where i.task_id = t.id),
                         (select string_agg(concat_ws(':', position, step, reason, decision, decided_by, decided_at,
                                 note), ',' order by position) from inspection.task_approval a where a.task_id = t.id),
                         (select string_agg(concat_ws(':', outcome, scanned_at), ',' order by scanned_at, outcome)
                            from inspection.code_scan s where s.task_id = t.id),
                         (select concat_ws(':', conduct, professionalism, burden, comment, rated_at)
                            from inspection.evaluation e where e.task_id = t.id),
                         (select concat_ws(':', text, created_at, answer, answered_at)
                            from inspection.visit_complaint c where c.task_id = t.id),
                         (select string_agg(concat_ws(':', item_id, agency_id, position, outcome, note, cited,
                                 recorded_by, recorded_at), ',' order by item_id, position)
                            from inspection.check_record r where r.task_id = t.id)) as line
                    from inspection.task t left join inspection.plan p on p.id = t.plan_id
                   where t.region_code = :county
                  union all
                  select concat_ws('|', code, name, agency_ids, item_ids, townships, ratio_a, ratio_b, ratio_c,
                         ratio_d, ratio_unrated, period_from, period_to, seed_commitment, created_at, published_at)
                    from inspection.plan where region_code = :county
                  union all
                  select concat_ws('|', p.code, d.seed, d.drawn_at, d.selected, d.unstaffed,
                         (select string_agg(party_id || ':' || officer_ids::text, ',' order by position)
                            from inspection.draw_assignment a where a.draw_id = d.id))
                    from inspection.draw d join inspection.plan p on p.id = d.plan_id where d.region_code = :county
                  union all
                  select concat_ws('|', party_id, agency_id, kind, visited_on, purpose, recorded_by, recorded_at)
                    from inspection.other_visit where region_code = :county) lines""")
                .param("county", COUNTY.value()).query(String.class).single();
    }

    /** Deletes a county's inspections (not forged scans, which name no county), so they can be made again. */
    void deleteInspections(RegionCode county) {
        String tasks = "(select id from inspection.task where region_code = :county)";
        String plans = "(select id from inspection.plan where region_code = :county)";
        for (String sql : new String[] {
                "delete from inspection.evaluation where task_id in " + tasks,
                "delete from inspection.visit_complaint where task_id in " + tasks,
                "delete from inspection.code_scan where task_id in " + tasks,
                "delete from inspection.task_approval where task_id in " + tasks,
                "delete from inspection.task_inspector where task_id in " + tasks,
                "delete from inspection.check_photo where task_id in " + tasks,
                "delete from inspection.check_record where task_id in " + tasks,
                "delete from inspection.task where region_code = :county",
                "delete from inspection.draw_assignment where draw_id in "
                        + "(select id from inspection.draw where region_code = :county)",
                "delete from inspection.draw where region_code = :county",
                "delete from inspection.public_value where region_code = :county",
                "delete from inspection.directory_snapshot where plan_id in " + plans,
                "delete from inspection.plan where region_code = :county",
                "delete from inspection.other_visit where region_code = :county",
                "delete from inspection.plan_filing where region_code = :county"}) {
            jdbc.sql(sql).param("county", county.value()).update();
        }
    }
}
