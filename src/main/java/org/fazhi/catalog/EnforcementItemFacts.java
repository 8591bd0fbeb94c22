package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which agencies of a county hold enforcement items (执法事项: 行政处罚、行政强制、行政检查) in force in a period, and how
 * many: an agency that holds them is expected to use them.
 */
@Service
public class EnforcementItemFacts {

    private final JdbcClient jdbc;

    EnforcementItemFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items in force at some time from {@code from} to {@code to}, counted by code, by agency. */
    public Map<Long, Long> inForceByAgency(RegionCode county, LocalDate from, LocalDate to) {
        return inForceByAgency(List.of(county), from, to).get(county);
    }

    /** The same for several counties in one read, by county (each county given has an entry, perhaps empty). */
    public Map<RegionCode, Map<Long, Long>> inForceByAgency(Collection<RegionCode> counties, LocalDate from,
                                                            LocalDate to) {
        Map<RegionCode, Map<Long, Long>> counts = new LinkedHashMap<>();
        counties.forEach(county -> counts.put(county, new HashMap<>()));
        if (counties.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select region_code, agency_id, count(distinct code) from catalog.item
                 where region_code = any(?) and category in ('PENALTY', 'COMPULSION', 'INSPECTION')
                   and effective_from <= ? and (effective_to is null or effective_to >= ?)
                 group by region_code, agency_id""")
                .params(counts.keySet().stream().map(RegionCode::value).toArray(String[]::new), to, from)
                .query(rs -> {
                    counts.get(new RegionCode(rs.getString(1))).put(rs.getLong(2), rs.getLong(3));
                });
        return counts;
    }
}
