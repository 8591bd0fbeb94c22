package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.IdsByCounty;
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
        return ofAgencies(county, List.of(agencyId), from, to);
    }

    /** The same for these agencies: an entry for each of them that carried out any. */
    public Map<Long, Long> ofAgencies(RegionCode county, Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        return ofAgencies(IdsByCounty.of(county, agencyIds), from, to).get(county);
    }

    /**
     * The same for each county's agencies, several counties in one read: by county (each county given has an
     * entry; a joint visit counts for each asked agency of its county). Read by the counties' days from the index
     * that holds the agencies ({@code task_carried_out_idx}, no task visited), the agencies kept after: with the
     * agencies' index joined too, the planner read all the agencies' tasks (158,544 for 11 generated counties,
     * 243 ms) to keep the quarter's 8,108.
     */
    public Map<RegionCode, Map<Long, Long>> ofAgencies(IdsByCounty agencies, LocalDate from, LocalDate to) {
        Map<RegionCode, Map<Long, Long>> carriedOut = agencies.answers(HashMap::new);
        if (agencies.isEmpty()) {
            return carriedOut;
        }
        jdbc.sql("""
                select region_code, agency_id, count(*)
                  from inspection.inspection_carried_out, unnest(agency_ids) as agency_id
                 where region_code = any(:counties::text[]) and carried_out_on between :from and :to
                   and agency_id = any(:agencies::bigint[])
                 group by region_code, agency_id""")
                .param("counties", agencies.countyCodes()).param("from", from).param("to", to)
                .param("agencies", agencies.allIds())
                .query(rs -> {
                    agencies.putIfAsked(carriedOut, RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3));
                });
        return carriedOut;
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
