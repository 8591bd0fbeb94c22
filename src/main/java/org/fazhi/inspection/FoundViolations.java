package org.fazhi.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Inspections that found a violation to be filed as a case (result {@link InspectionResult#CASE_TO_FILE}), by the
 * day they were concluded (Beijing date): what 有案不立 is measured against.
 */
@Service
public class FoundViolations {

    public record FoundViolation(long taskId, String taskCode, long partyId, long leadAgencyId,
                                 LocalDate concludedOn) {
    }

    private static final String SELECT = """
            select id, code, party_id, lead_agency_id, (concluded_at at time zone 'Asia/Shanghai')::date as concluded_on
              from inspection.task
             where status = 'CONCLUDED' and result = 'CASE_TO_FILE' and\s""";

    private final JdbcClient jdbc;

    FoundViolations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's inspections concluded "case to be filed" from {@code from} to {@code to}, both included. */
    public List<FoundViolation> concludedBetween(RegionCode county, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                        region_code = ? and concluded_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
                           and concluded_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
                         order by id""")
                .params(county.value(), from, to).query(FoundViolations::row).list();
    }

    /** The inspection, when it concluded "case to be filed". */
    public Optional<FoundViolation> find(long taskId) {
        return jdbc.sql(SELECT + "id = ?").param(taskId).query(FoundViolations::row).optional();
    }

    /** Those of these inspections that concluded "case to be filed". */
    public List<FoundViolation> find(Collection<Long> taskIds) {
        return taskIds.isEmpty() ? List.of() : jdbc.sql(SELECT + "id = any(?) order by id")
                .param(taskIds.toArray(Long[]::new)).query(FoundViolations::row).list();
    }

    private static FoundViolation row(ResultSet rs, int row) throws SQLException {
        return new FoundViolation(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getObject(5, LocalDate.class));
    }
}
