package org.fazhi.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the inspections that found a case to file led to one (立案): the case registered from each inspection (its
 * clue), when it was filed, or why it was not. What 有案不立 is measured by.
 */
@Service
public class FilingFacts {

    /** The case an inspection led to: filed on {@code filedOn}, or still a clue, or declined with a reason. */
    public record CaseFromInspection(long taskId, long caseId, String caseCode, @Nullable LocalDate filedOn,
                                     boolean declined, @Nullable String declineReason) {

        public boolean filed() {
            return filedOn != null;
        }
    }

    private final JdbcClient jdbc;

    FilingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases registered from these inspections; an inspection without one is absent. */
    public List<CaseFromInspection> fromInspections(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select source_task_id, id, code, filed_on, state = 'NOT_FILED', decline_reason
                  from casework.penalty_case where source_task_id = any(?)""")
                .param(taskIds.toArray(Long[]::new))
                .query((rs, row) -> new CaseFromInspection(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6)))
                .list();
    }

    /** The inspections these cases came from, by case; a case from no inspection is absent. */
    public Map<Long, Long> sourceInspectionsOf(Collection<Long> caseIds) {
        Map<Long, Long> sources = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("""
                    select id, source_task_id from casework.penalty_case
                     where id = any(?) and source_task_id is not null order by id""")
                    .param(caseIds.toArray(Long[]::new))
                    .query(rs -> {
                        sources.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return sources;
    }

    /** The inspection a case came from, if it came from one. */
    public Optional<Long> sourceInspectionOf(long caseId) {
        return jdbc.sql("select source_task_id from casework.penalty_case where id = ? and source_task_id is not null")
                .param(caseId).query(Long.class).optional();
    }
}
