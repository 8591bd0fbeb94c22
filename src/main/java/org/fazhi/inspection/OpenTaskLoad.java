package org.fazhi.inspection;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.shared.IdsByCounty;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The open inspection tasks (awaiting approval, approved, checked in) each inspector is assigned to. */
@Service
public class OpenTaskLoad {

    private final JdbcClient jdbc;

    OpenTaskLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each of {@code officerIds} assigned to open tasks of the county, their codes in order. A county has a few
     * dozen open tasks but its officers years of finished ones: the open tasks' inspectors are read first (kept
     * apart from the officers' filter, so the planner does not start from every task of those officers).
     */
    public Map<Long, List<String>> heldBy(RegionCode county, List<Long> officerIds) {
        if (officerIds.isEmpty()) {
            return Map.of();
        }
        return heldBy(IdsByCounty.of(county.county(), officerIds)).get(county.county());
    }

    /**
     * The same for each county's officers, the counties' open tasks read once: by county (each county given has an
     * entry), an officer's tasks only in the county it was given for.
     */
    public Map<RegionCode, Map<Long, List<String>>> heldBy(IdsByCounty officers) {
        Map<RegionCode, Map<Long, List<String>>> work = officers.answers(HashMap::new);
        if (officers.isEmpty()) {
            return work;
        }
        jdbc.sql("""
                with open_work as materialized (
                  select t.region_code, i.officer_id, t.code
                    from inspection.task t join inspection.task_inspector i on i.task_id = t.id
                   where t.region_code = any(:counties::text[])
                     and t.status in ('AWAITING_APPROVAL', 'APPROVED', 'CHECKED_IN'))
                select region_code, officer_id, code from open_work where officer_id = any(:officers::bigint[])
                 order by officer_id, code""")
                .param("counties", officers.countyCodes()).param("officers", officers.allIds())
                .query(rs -> {
                    officers.addIfAsked(work, RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getString(3));
                });
        return work;
    }

    /** The inspectors of these tasks, by task (a task without inspectors is absent). */
    public Map<Long, List<Long>> inspectorsOf(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        record Assigned(long taskId, long officerId) {
        }
        return jdbc.sql("""
                select task_id, officer_id from inspection.task_inspector where task_id = any(?)
                 order by task_id, officer_id""").param(taskIds.toArray(Long[]::new))
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Assigned::taskId, LinkedHashMap::new,
                        Collectors.mapping(Assigned::officerId, Collectors.toList())));
    }

    /** The task's inspectors. */
    public List<Long> inspectorsOf(long taskId) {
        return jdbc.sql("select officer_id from inspection.task_inspector where task_id = ? order by officer_id")
                .param(taskId).query(Long.class).list();
    }
}
