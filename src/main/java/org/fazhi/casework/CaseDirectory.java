package org.fazhi.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.procedure.CaseState;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cases as other modules look them up: supervision's 个案监督 addresses an opinion to a case's agency and its
 * 三法衔接 opens a transfer from a case, by id or by the code people type. A read of the case's heading only, never
 * its procedure.
 */
@Service
public class CaseDirectory {

    private static final String SELECT = "select id, code, region_code, agency_id, party_id, summary, state "
            + "from casework.penalty_case where ";

    private final JdbcClient jdbc;

    CaseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseReference> of(long caseId) {
        return jdbc.sql(SELECT + "id = ?").param(caseId).query((rs, n) -> reference(rs)).optional();
    }

    /** By its code (案件编号), as people type it. */
    public Optional<CaseReference> ofCode(String caseCode) {
        return jdbc.sql(SELECT + "code = ?").param(caseCode.strip()).query((rs, n) -> reference(rs)).optional();
    }

    /** A case decided as some kind, on its day of decision. */
    public record DecidedCase(long caseId, String caseCode, long agencyId, LocalDate decidedOn) {
    }

    /**
     * The county's cases decided as {@code kind}, by case id: supervision's generated 三法衔接 history follows the
     * cases decided {@link DecisionKind#TRANSFERRED} without reading casework's tables.
     */
    public List<DecidedCase> decidedAs(RegionCode county, DecisionKind kind) {
        return jdbc.sql("""
                select c.id, c.code, c.agency_id, c.decided_on
                  from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED' and p.kind = ?
                 where c.region_code like ? and c.decided_on is not null
                 order by c.id""").params(kind.name(), county.county().value() + "%")
                .query((rs, n) -> new DecidedCase(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    private static CaseReference reference(ResultSet rs) throws SQLException {
        return new CaseReference(rs.getLong("id"), rs.getString("code"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("party_id"), rs.getString("summary"),
                CaseState.valueOf(rs.getString("state")).isOpen());
    }
}
