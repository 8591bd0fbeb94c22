package org.fazhi.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.IdsByCounty;
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
        return heldBy(IdsByCounty.of(county.county(), officerIds)).get(county.county());
    }

    /**
     * The same for each county's officers, several counties in one read: by county (each county given has an
     * entry), an officer's cases only in the county it was given for.
     */
    public Map<RegionCode, Map<Long, List<String>>> heldBy(IdsByCounty officers) {
        Map<RegionCode, Map<Long, List<String>>> held = officers.answers(HashMap::new);
        if (!officers.isEmpty()) {
            jdbc.sql("""
                select c.region_code, h.officer_id, c.code
                  from casework.penalty_case c cross join lateral unnest(c.handler_ids) as h(officer_id)
                 where c.region_code = any(:counties::text[]) and c.handler_ids && :officers::bigint[]
                   and c.state not in ('NOT_FILED', 'CLOSED', 'ARCHIVED') and h.officer_id = any(:officers::bigint[])
                 order by h.officer_id, c.code""")
                    .param("counties", officers.countyCodes()).param("officers", officers.allIds())
                    .query(rs -> {
                        officers.addIfAsked(held, new RegionCode(rs.getString(1)), rs.getLong(2), rs.getString(3));
                    });
        }
        return held;
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
