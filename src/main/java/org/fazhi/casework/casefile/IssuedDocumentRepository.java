package org.fazhi.casework.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.procedure.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents each case issued, with their stored files; and the case and decision numbers on the case. */
@Repository
class IssuedDocumentRepository {

    /** The numbers a case carries once its 立案审批表 and its decision are issued. */
    record CaseNumbers(@Nullable String caseNumber, @Nullable String decisionNumber) {
    }

    /** A row; the stored file's name, size and digest come from the file store. */
    record Row(long id, long caseId, DocumentKind kind, Transition transition, @Nullable String number,
               LocalDate issuedOn, long fileId, String issuedBy) {
    }

    private static final String SELECT = "select * from casework.case_document";

    private final JdbcClient jdbc;

    IssuedDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, DocumentKind kind, Transition transition, @Nullable String number, LocalDate issuedOn,
                long fileId, String issuedBy) {
        jdbc.sql("""
                insert into casework.case_document (case_id, kind, transition, number, issued_on, file_id, issued_by)
                values (:case, :kind, :transition, :number, :issuedOn, :file, :issuedBy)""")
                .param("case", caseId).param("kind", kind.name()).param("transition", transition.name())
                .param("number", number).param("issuedOn", issuedOn).param("file", fileId)
                .param("issuedBy", issuedBy).update();
    }

    List<Row> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where case_id = ? order by id").param(caseId).query((rs, row) -> map(rs))
                .list();
    }

    Optional<Row> find(long caseId, long documentId) {
        return jdbc.sql(SELECT + " where case_id = ? and id = ?").param(caseId).param(documentId)
                .query((rs, row) -> map(rs)).optional();
    }

    CaseNumbers numbers(long caseId) {
        return jdbc.sql("select case_number, decision_number from casework.penalty_case where id = ?").param(caseId)
                .query((rs, row) -> new CaseNumbers(rs.getString(1), rs.getString(2))).single();
    }

    void setCaseNumber(long caseId, String number) {
        jdbc.sql("update casework.penalty_case set case_number = ? where id = ?").param(number).param(caseId)
                .update();
    }

    void setDecisionNumber(long caseId, String number) {
        jdbc.sql("update casework.penalty_case set decision_number = ? where id = ?").param(number).param(caseId)
                .update();
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("case_id"), DocumentKind.valueOf(rs.getString("kind")),
                Transition.valueOf(rs.getString("transition")), rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class), rs.getLong("file_id"), rs.getString("issued_by"));
    }
}
