package org.fazhi.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.fazhi.registry.UncertifiedPeriod;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who carried out a county's inspections, asked in one query for a county or for one task: which visits were made
 * by an inspector on a day he or she was not certified, and which by fewer than two inspectors (国办发〔2024〕54号,
 * 行政处罚法第四十二条). The day of a visit is its check-in, or its conclusion when it has none. Imported ledger
 * inspections name their inspectors in free text only and are left out.
 */
@Service
public class InspectionActs {

    private static final String VISITS = """
            with visit as (
                select t.id, t.code, t.lead_agency_id,
                       (coalesce(t.checked_in_at, t.concluded_at) at time zone 'Asia/Shanghai')::date as on_day,
                       array(select i.officer_id from inspection.task_inspector i where i.task_id = t.id
                              order by i.officer_id) as officers
                  from inspection.task t
                 where %s and t.status in ('CHECKED_IN', 'CONCLUDED')
                   and coalesce(t.checked_in_at, t.concluded_at) is not null)
            """;

    /** The county's visits from a day on, found by task_region_visit_idx rather than by reading five years. */
    private static final String IN_COUNTY_SINCE = """
            t.region_code = :scope
            and coalesce(t.checked_in_at, t.concluded_at) >= (cast(:since as date)::timestamp at time zone 'Asia/Shanghai')""";
    private static final String IN_TASKS = "t.id = any(:scope::bigint[])";

    private final JdbcClient jdbc;

    InspectionActs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The county's visits made by an inspector within his or her uncertified period; officers: those concerned. Only
     * visits on or after the earliest period's first day are read.
     */
    public List<InspectionAct> byUncertified(RegionCode county, Collection<UncertifiedPeriod> periods) {
        LocalDate since = periods.stream().map(UncertifiedPeriod::from).min(LocalDate::compareTo)
                .orElse(UncertifiedPeriod.OPEN_START);
        return byUncertified(IN_COUNTY_SINCE, county.county().value(), since, periods);
    }

    /** The same for these tasks. */
    public List<InspectionAct> byUncertified(Collection<Long> taskIds, Collection<UncertifiedPeriod> periods) {
        return taskIds.isEmpty() ? List.of()
                : byUncertified(IN_TASKS, taskIds.toArray(Long[]::new), UncertifiedPeriod.OPEN_START, periods);
    }

    /** The county's visits the officer took part in; driven from the officer's assignments (task_inspector_officer_idx). */
    public List<Long> visitsBy(RegionCode county, long officerId) {
        return jdbc.sql("""
                select t.id from inspection.task_inspector i join inspection.task t on t.id = i.task_id
                 where i.officer_id = :officer and t.region_code = :scope and t.status in ('CHECKED_IN', 'CONCLUDED')
                   and coalesce(t.checked_in_at, t.concluded_at) is not null
                 order by t.id""")
                .param("scope", county.county().value()).param("officer", officerId).query(Long.class).list();
    }

    /** The county's visits any of these officers took part in. */
    public List<Long> visitsBy(RegionCode county, Collection<Long> officerIds) {
        return officerIds.isEmpty() ? List.of() : jdbc.sql("""
                select distinct t.id from inspection.task_inspector i join inspection.task t on t.id = i.task_id
                 where i.officer_id = any(:officers::bigint[]) and t.region_code = :scope
                   and t.status in ('CHECKED_IN', 'CONCLUDED') and coalesce(t.checked_in_at, t.concluded_at) is not null
                 order by t.id""")
                .param("scope", county.county().value()).param("officers", officerIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** Every inspector assigned to these tasks: whose certificates matter to them. */
    public List<Long> inspectorsOf(Collection<Long> taskIds) {
        return taskIds.isEmpty() ? List.of() : jdbc.sql("""
                select distinct officer_id from inspection.task_inspector where task_id = any(?) order by 1""")
                .param(taskIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The county's visits since that day recorded with fewer than two inspectors; officers: all of them. */
    public List<InspectionAct> withFewerThanTwoInspectors(RegionCode county, LocalDate since) {
        return withFewerThanTwo(IN_COUNTY_SINCE, county.county().value(), since);
    }

    public List<InspectionAct> withFewerThanTwoInspectors(long taskId) {
        return withFewerThanTwo("t.id = :scope", taskId, UncertifiedPeriod.OPEN_START);
    }

    /** The same for these tasks. */
    public List<InspectionAct> withFewerThanTwoInspectors(Collection<Long> taskIds) {
        return taskIds.isEmpty() ? List.of()
                : withFewerThanTwo(IN_TASKS, taskIds.toArray(Long[]::new), UncertifiedPeriod.OPEN_START);
    }

    private List<InspectionAct> byUncertified(String filter, Object scope, LocalDate since,
                                              Collection<UncertifiedPeriod> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VISITS.formatted(filter) + """
                , period as materialized (select * from jsonb_to_recordset(:periods::jsonb)
                                            as p(officer bigint, "from" date, "to" date))
                select v.id, v.code, v.lead_agency_id, v.on_day,
                       array_agg(distinct o.officer_id order by o.officer_id) as officers
                  from visit v cross join lateral unnest(v.officers) as o(officer_id)
                  join period p on p.officer = o.officer_id and v.on_day between p."from" and p."to"
                 group by v.id, v.code, v.lead_agency_id, v.on_day
                 order by v.id""")
                .param("scope", scope).param("since", since).param("periods", UncertifiedPeriod.asJson(periods))
                .query(InspectionActs::act).list();
    }

    private List<InspectionAct> withFewerThanTwo(String filter, Object scope, LocalDate since) {
        return jdbc.sql(VISITS.formatted(filter) + """
                select v.id, v.code, v.lead_agency_id, v.on_day, v.officers
                  from visit v where cardinality(v.officers) < 2 order by v.id""")
                .param("scope", scope).param("since", since).query(InspectionActs::act).list();
    }

    private static InspectionAct act(ResultSet rs, int n) throws SQLException {
        return new InspectionAct(rs.getLong("id"), rs.getString("code"), rs.getLong("lead_agency_id"),
                rs.getObject("on_day", LocalDate.class),
                Arrays.stream((Long[]) rs.getArray("officers").getArray()).toList());
    }
}
