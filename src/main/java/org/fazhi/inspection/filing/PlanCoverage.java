package org.fazhi.inspection.filing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskRepository;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Inspections outside a filed plan: a 日常、专项 or 上级部署专项 inspection (not a 个案检查, which answers a complaint or
 * clue no plan can foresee) of an agency without an accepted plan for the inspection's year, or citing an item that
 * none of its agencies' accepted plans names. Flagged for the supervisors, never refused.
 */
@Service
public class PlanCoverage {

    /** The same rule as SQL over a task aliased {@code t}, for lists and statistics. */
    public static final String OUTSIDE_PLAN = """
            (t.kind <> 'CASE' and (
                exists (select 1 from unnest(t.agency_ids) as a(id) where not exists (
                        select 1 from inspection.plan_filing f where f.agency_id = a.id and f.status = 'ACCEPTED'
                           and f.year = extract(year from t.window_from)::int))
                or not t.item_ids <@ coalesce((select array_agg(i) from inspection.plan_filing f
                        cross join lateral unnest(f.item_ids) as i
                        where f.agency_id = any(t.agency_ids) and f.status = 'ACCEPTED'
                          and f.year = extract(year from t.window_from)::int), '{}')))""";

    /** Why a task lies outside the plans: its agencies without an accepted plan, and its items no plan names. */
    public record Gap(List<Long> agenciesWithoutPlan, List<Long> itemsOutside) {

        public Gap {
            agenciesWithoutPlan = List.copyOf(agenciesWithoutPlan);
            itemsOutside = List.copyOf(itemsOutside);
        }
    }

    /** A flagged task and why. */
    public record Outside(InspectionTask task, Gap gap) {
    }

    private final JdbcClient jdbc;
    private final TaskRepository tasks;

    PlanCoverage(JdbcClient jdbc, TaskRepository tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** Why this task lies outside its agencies' accepted plans, or empty when it does not (or is a 个案检查). */
    public Optional<Gap> gapOf(InspectionTask task) {
        return Optional.ofNullable(gaps(List.of(task)).get(task.id()));
    }

    /** The ids of the flagged ones among these tasks (a page of the task list), in one query. */
    public Set<Long> outsideAmong(Collection<InspectionTask> page) {
        return gaps(page).keySet();
    }

    /** The tasks of a year in the scope (an agency: those it takes part in) outside a filed plan, newest first. */
    public Page<Outside> outsideIn(DataScope scope, int year, PageRequest page) {
        String where = "\n" + """
                  from inspection.task t
                 where t.region_code = left(:region, 6) and (:agency::bigint is null or :agency = any(t.agency_ids))
                   and t.window_from >= make_date(:year, 1, 1) and t.window_from < make_date(:year + 1, 1, 1)
                   and t.status not in ('REFUSED', 'REVOKED') and""" + " " + OUTSIDE_PLAN;
        long total = jdbc.sql("select count(*)" + where).param("region", scope.region().value())
                .param("agency", scope.agencyId()).param("year", year).query(Long.class).single();
        List<Long> ids = jdbc.sql("select t.id" + where + " order by t.window_from desc, t.id desc limit :limit offset :offset")
                .param("region", scope.region().value()).param("agency", scope.agencyId()).param("year", year)
                .param("limit", page.size()).param("offset", page.offset()).query(Long.class).list();
        List<InspectionTask> found = tasks.findAll(ids);
        Map<Long, Gap> gaps = gaps(found);
        return page.page(found.stream().map(task -> new Outside(task, gaps.getOrDefault(task.id(),
                new Gap(List.of(), List.of())))).toList(), total);
    }

    private Map<Long, Gap> gaps(Collection<InspectionTask> candidates) {
        List<InspectionTask> planned = candidates.stream().filter(task -> task.kind() != TaskKind.CASE).toList();
        if (planned.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<Long>> acceptedItems = new HashMap<>();
        jdbc.sql("""
                select agency_id, year, item_ids from inspection.plan_filing
                 where status = 'ACCEPTED' and agency_id = any(?) and year = any(?)""")
                .params(planned.stream().flatMap(task -> task.agencyIds().stream()).distinct().toArray(Long[]::new),
                        planned.stream().map(task -> task.windowFrom().getYear()).distinct().toArray(Integer[]::new))
                .query((rs, row) -> acceptedItems.put(rs.getLong(1) + "/" + rs.getInt(2),
                        new HashSet<>(Arrays.asList((Long[]) rs.getArray(3).getArray()))))
                .list();
        Map<Long, Gap> gaps = new HashMap<>();
        for (InspectionTask task : planned) {
            int year = task.windowFrom().getYear();
            List<Long> withoutPlan = new ArrayList<>();
            Set<Long> covered = new HashSet<>();
            for (long agency : task.agencyIds()) {
                Set<Long> items = acceptedItems.get(agency + "/" + year);
                if (items == null) {
                    withoutPlan.add(agency);
                } else {
                    covered.addAll(items);
                }
            }
            // Without any accepted plan every item is outside: saying so once, by the agencies, is enough.
            List<Long> outside = withoutPlan.size() == task.agencyIds().size() ? List.of()
                    : task.itemIds().stream().filter(item -> !covered.contains(item)).collect(Collectors.toList());
            if (!withoutPlan.isEmpty() || !outside.isEmpty()) {
                gaps.put(task.id(), new Gap(withoutPlan, outside));
            }
        }
        return gaps;
    }
}
