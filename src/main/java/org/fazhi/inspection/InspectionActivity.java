package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many inspections each agency of a county carried out in a period, as the indicators count them (tasks checked
 * in or concluded, dated by the start of their window, and imported history; a joint visit counts for each of its
 * agencies): an agency absent from the answer carried out none.
 */
@Service
public class InspectionActivity {

    private final JdbcClient jdbc;

    InspectionActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inspections by agency from {@code from} to {@code to}, both included. */
    public Map<Long, Long> byAgency(RegionCode county, LocalDate from, LocalDate to) {
        return byAgency(county, from, to, "");
    }

    /** The same for one agency: zero or one entry. */
    public Map<Long, Long> ofAgency(RegionCode county, long agencyId, LocalDate from, LocalDate to) {
        Map<Long, Long> all = byAgency(county, from, to, "and " + agencyId + " = any(agency_ids)");
        return all.containsKey(agencyId) ? Map.of(agencyId, all.get(agencyId)) : Map.of();
    }

    private Map<Long, Long> byAgency(RegionCode county, LocalDate from, LocalDate to, String filter) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select agency_id, count(*) from inspection.inspection_carried_out, unnest(agency_ids) as agency_id
                 where region_code = ? and carried_out_on between ? and ? %s
                 group by agency_id""".formatted(filter))
                .params(county.value(), from, to)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
