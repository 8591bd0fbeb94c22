package org.fazhi.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open and cleared withdrawal duties in {@code disclosure.withdrawal_due}; lists take the caller's data scope. */
@Repository
class WithdrawalsDue {

    static final String RECORD_TYPE = "disclosure.withdrawal_due";
    private static final String SELECT = """
            select w.*, p.decision_number, p.agency_id, p.region_code
              from disclosure.withdrawal_due w join disclosure.publication p on p.id = w.publication_id""";

    private final JdbcClient jdbc;

    WithdrawalsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the duty unless one is open already (the first change starts the period); the open one's id. */
    long open(long publicationId, long caseId, String reason, LocalDate changedOn, WorkdayCalendar.Deadline due,
              String by) {
        jdbc.sql("""
                insert into disclosure.withdrawal_due (publication_id, case_id, reason, changed_on, due_on,
                       due_provisional, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (publication_id) where cleared_at is null do nothing""")
                .params(publicationId, caseId, reason, changedOn, due.date(), due.provisional(), by).update();
        return openOf(publicationId).orElseThrow().id();
    }

    Optional<WithdrawalDue> openOf(long publicationId) {
        return jdbc.sql(SELECT + " where w.publication_id = ? and w.cleared_at is null").param(publicationId)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The scope's open duties, the earliest due first. */
    List<WithdrawalDue> open(DataScope scope) {
        String agency = scope.agencyId() == null ? "" : " and p.agency_id = :agency";
        var sql = jdbc.sql(SELECT + " where w.cleared_at is null and p.region_code like :region" + agency
                + " order by w.due_on, w.id").param("region", scope.regionPattern());
        if (scope.agencyId() != null) {
            sql = sql.param("agency", scope.agencyId());
        }
        return sql.query((rs, n) -> map(rs)).list();
    }

    /** The publication was withdrawn (or left the portal): its open duty is done. */
    void clear(long publicationId) {
        jdbc.sql("update disclosure.withdrawal_due set cleared_at = now() where publication_id = ? and cleared_at is null")
                .param(publicationId).update();
    }

    /** Open past their due day and not yet raised, locked for the raising transaction. */
    List<WithdrawalDue> overdueNotRaised(LocalDate today) {
        return jdbc.sql(SELECT + "\n" + """
                 where w.cleared_at is null and w.due_on < ? and w.overdue_raised_at is null
                 order by w.due_on, w.id for update of w""").param(today).query((rs, n) -> map(rs)).list();
    }

    void markOverdueRaised(long id) {
        jdbc.sql("update disclosure.withdrawal_due set overdue_raised_at = now() where id = ?").param(id).update();
    }

    private static WithdrawalDue map(ResultSet rs) throws SQLException {
        return new WithdrawalDue(rs.getLong("id"), rs.getLong("publication_id"), rs.getLong("case_id"),
                rs.getString("decision_number"), rs.getLong("agency_id"), RegionCode.of(rs.getString("region_code")),
                rs.getString("reason"), rs.getObject("changed_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getBoolean("due_provisional"),
                rs.getString("recorded_by"));
    }
}
