package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the drawn inspections whose result is late today (双随机一公开: published within the configured
 * working days of the inspection window's end), for supervision's monitoring; the same test as the module's own
 * overdue watch, asked of one county or one task.
 */
@Component
public class UnpublishedResults {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    /** A drawn inspection still without a result after {@code dueOn}. */
    public record Late(long taskId, String taskCode, RegionCode county, long leadAgencyId, LocalDate windowTo,
                       LocalDate dueOn) {
    }

    private final JdbcClient jdbc;
    private final InspectionProperties rules;

    UnpublishedResults(JdbcClient jdbc, InspectionProperties rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    public List<Late> late(RegionCode county, LocalDate today) {
        return late("t.region_code like :which", county.county().value() + "%", today);
    }

    public List<Late> lateOf(long taskId, LocalDate today) {
        return late("t.id = :which", taskId, today);
    }

    /** The same for these tasks. */
    public List<Late> lateOf(Collection<Long> taskIds, LocalDate today) {
        return taskIds.isEmpty() ? List.of()
                : late("t.id = any(:which::bigint[])", taskIds.toArray(Long[]::new), today);
    }

    /** A working day is at least a calendar day, so the query narrows by calendar days and the calendar decides. */
    private List<Late> late(String which, Object value, LocalDate today) {
        return jdbc.sql("""
                select t.id, t.code, t.region_code, t.lead_agency_id, t.window_to from inspection.task t
                 where %s and t.plan_id is not null and t.result is null and t.status not in ('REFUSED', 'REVOKED')
                   and t.window_to < :latest
                 order by t.id""".formatted(which))
                .param("which", value).param("latest", today.minusDays(rules.publicationWorkingDays()))
                .query((rs, row) -> {
                    LocalDate windowTo = rs.getObject(5, LocalDate.class);
                    return new Late(rs.getLong(1), rs.getString(2), RegionCode.of(rs.getString(3)).county(),
                            rs.getLong(4), windowTo, CALENDAR.addWorkingDays(windowTo, rules.publicationWorkingDays()));
                })
                .list().stream().filter(late -> today.isAfter(late.dueOn())).toList();
    }
}
