package org.fazhi.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed case files (已结案卷) of a county's agencies closed in a period, for whoever samples files to review
 * them (supervision's 案卷评查): a read-only view, so that no other module reads casework's tables.
 */
@Component
public class ClosedCaseFiles {

    /** A closed case: its id and code, the agency that handled it and the day it was closed (结案). */
    public record ClosedCaseFile(long caseId, String caseCode, long agencyId, RegionCode region, LocalDate closedOn) {
    }

    private final JdbcClient jdbc;

    ClosedCaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The files of these agencies in the county closed between {@code from} and {@code to} inclusive, by case id. */
    @Transactional(readOnly = true)
    public List<ClosedCaseFile> closedBetween(RegionCode county, Collection<Long> agencyIds, LocalDate from,
                                              LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, code, agency_id, region_code, closed_on from casework.penalty_case
                        where region_code like :county and agency_id in (:agencies)
                          and state in ('CLOSED', 'ARCHIVED') and closed_on between :from and :to
                        order by id
                        """)
                .param("county", county.value() + "%").param("agencies", agencyIds)
                .param("from", from).param("to", to)
                .query((rs, row) -> new ClosedCaseFile(rs.getLong("id"), rs.getString("code"), rs.getLong("agency_id"),
                        RegionCode.of(rs.getString("region_code")), rs.getDate("closed_on").toLocalDate()))
                .list();
    }
}
