package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.HashMap;
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
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select agency_id, count(distinct code) from catalog.item
                 where region_code = ? and category in ('PENALTY', 'COMPULSION', 'INSPECTION')
                   and effective_from <= ? and (effective_to is null or effective_to >= ?)
                 group by agency_id""")
                .params(county.value(), to, from)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
