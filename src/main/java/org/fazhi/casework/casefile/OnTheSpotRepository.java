package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.entities.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The on-the-spot part of simple-procedure cases; such a case is marked {@code procedure = 'SIMPLE'}. */
@Repository
class OnTheSpotRepository {

    private final JdbcClient jdbc;

    OnTheSpotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the case as decided on the spot and keeps what the decision adds; before the case is saved decided. */
    void insert(OnTheSpot spot) {
        jdbc.sql("update casework.penalty_case set procedure = 'SIMPLE' where id = ?").param(spot.caseId()).update();
        jdbc.sql("""
                insert into casework.on_the_spot (case_id, party_kind, place, certificates_shown, statement,
                       rights_waived, collected, hard_to_collect, receipt_number, report_due)
                values (:case, :partyKind, :place, :shown, :statement, :waived, :collected, :hard, :receipt, :due)""")
                .param("case", spot.caseId()).param("partyKind", spot.partyKind().name()).param("place", spot.place())
                .param("shown", spot.certificatesShown()).param("statement", spot.statement())
                .param("waived", spot.waived()).param("collected", spot.collected())
                .param("hard", spot.hardToCollect()).param("receipt", spot.receiptNumber())
                .param("due", spot.reportDue()).update();
    }

    Optional<OnTheSpot> find(long caseId) {
        return jdbc.sql("select * from casework.on_the_spot where case_id = ?").param(caseId)
                .query((rs, row) -> new OnTheSpot(rs.getLong("case_id"), PartyKind.valueOf(rs.getString("party_kind")),
                        rs.getString("place"), rs.getBoolean("certificates_shown"), rs.getString("statement"),
                        rs.getBoolean("rights_waived"), rs.getBoolean("collected"), rs.getBoolean("hard_to_collect"),
                        rs.getString("receipt_number"), rs.getObject("report_due", LocalDate.class),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("reported_by"))).optional();
    }

    void reported(long caseId, LocalDate on, String by) {
        jdbc.sql("update casework.on_the_spot set reported_on = ?, reported_by = ? where case_id = ?")
                .params(on, by, caseId).update();
    }
}
