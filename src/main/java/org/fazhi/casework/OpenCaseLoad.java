package org.fazhi.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The open cases (from the clue to 执行, not yet closed) each officer handles: what is left in hand when an officer's
 * certificate lapses.
 */
@Service
public class OpenCaseLoad {

    private final JdbcClient jdbc;

    OpenCaseLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each of {@code officerIds} that handles open cases of the county, their codes in order. */
    public Map<Long, List<String>> heldBy(RegionCode county, List<Long> officerIds) {
        if (officerIds.isEmpty()) {
            return Map.of();
        }
        record Held(long officerId, String code) {
        }
        return jdbc.sql("""
                select h.officer_id, c.code
                  from casework.penalty_case c cross join lateral unnest(c.handler_ids) as h(officer_id)
                 where c.region_code = :county and c.handler_ids && :officers::bigint[]
                   and c.state not in ('NOT_FILED', 'CLOSED', 'ARCHIVED') and h.officer_id = any(:officers::bigint[])
                 order by h.officer_id, c.code""")
                .param("county", county.county().value()).param("officers", officerIds.toArray(Long[]::new))
                .query((rs, n) -> new Held(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Held::officerId,
                        Collectors.mapping(Held::code, Collectors.toList())));
    }

    /** The officers handling the case now. */
    public List<Long> handlersOf(long caseId) {
        return jdbc.sql("select unnest(handler_ids) from casework.penalty_case where id = ?").param(caseId)
                .query(Long.class).list();
    }

    /** The officers handling these cases now, by case (a case not found is absent). */
    public Map<Long, List<Long>> handlersOf(Collection<Long> caseIds) {
        Map<Long, List<Long>> handlers = new LinkedHashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select id, handler_ids from casework.penalty_case where id = any(?) order by id")
                    .param(caseIds.toArray(Long[]::new))
                    .query(rs -> {
                        handlers.put(rs.getLong(1), Arrays.asList((Long[]) rs.getArray(2).getArray()));
                    });
        }
        return handlers;
    }
}
