package org.fazhi.casework;

import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A case as other modules refer to it (supervision's 个案监督 opens an opinion on a case and addresses it to the
 * case's agency): a read of the case's heading only, never its procedure.
 */
@Service
public class CaseReferences {

    private final JdbcClient jdbc;

    CaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseReference> find(long caseId) {
        return jdbc.sql("select id, code, region_code, agency_id, summary from casework.penalty_case where id = ?")
                .param(caseId)
                .query((rs, n) -> new CaseReference(rs.getLong("id"), rs.getString("code"),
                        RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"), rs.getString("summary")))
                .optional();
    }
}
