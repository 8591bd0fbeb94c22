package org.fazhi.casework.casefile;

import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CaseDirectory} read from the case table: one row by primary key or by its unique code. */
@Component
class CaseReferenceQuery implements CaseDirectory {

    private static final String SELECT = "select id, code, region_code, agency_id, party_id, state "
            + "from casework.penalty_case where ";

    private final JdbcClient jdbc;

    CaseReferenceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseReference> of(long caseId) {
        return jdbc.sql(SELECT + "id = ?").param(caseId).query((rs, n) -> reference(rs)).optional();
    }

    @Override
    public Optional<CaseReference> ofCode(String caseCode) {
        return jdbc.sql(SELECT + "code = ?").param(caseCode.strip()).query((rs, n) -> reference(rs)).optional();
    }

    @Override
    public List<DecidedCase> decidedAs(RegionCode county, DecisionKind kind) {
        return jdbc.sql("""
                select c.id, c.code, c.agency_id, c.decided_on
                  from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED' and p.kind = ?
                 where c.region_code like ? and c.decided_on is not null
                 order by c.id""").params(kind.name(), county.county().value() + "%")
                .query((rs, n) -> new DecidedCase(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, java.time.LocalDate.class))).list();
    }

    private static CaseReference reference(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseReference(rs.getLong("id"), rs.getString("code"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("party_id"),
                CaseState.valueOf(rs.getString("state")).isOpen());
    }
}
