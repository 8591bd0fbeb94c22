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

    /**
     * A row; the stored file's name, size and digest come from the file store. A document not read yet has no file:
     * its fields and template version say what it prints.
     */
    record Row(long id, long caseId, DocumentKind kind, Transition transition, @Nullable String number,
               LocalDate issuedOn, @Nullable Long fileId, @Nullable String fields, @Nullable String templateSm3,
               String issuedBy) {
    }

    private static final String SELECT = "select * from casework.case_document";

    private final JdbcClient jdbc;

    IssuedDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, DocumentKind kind, Transition transition, @Nullable String number, LocalDate issuedOn,
                String fields, String templateSm3, String issuedBy) {
        jdbc.sql("""
                insert into casework.case_document
                       (case_id, kind, transition, number, issued_on, fields, template_sm3, issued_by)
                values (:case, :kind, :transition, :number, :issuedOn, cast(:fields as jsonb), :template, :issuedBy)""")
                .param("case", caseId).param("kind", kind.name()).param("transition", transition.name())
                .param("number", number).param("issuedOn", issuedOn).param("fields", fields)
                .param("template", templateSm3).param("issuedBy", issuedBy).update();
    }

    /** The row, locked until the transaction ends: two first readers print it once. */
    Row lock(long documentId) {
        return jdbc.sql(SELECT + " where id = ? for update").param(documentId).query((rs, row) -> map(rs)).single();
    }

    void setFile(long documentId, long fileId) {
        jdbc.sql("update casework.case_document set file_id = ? where id = ?").param(fileId).param(documentId)
                .update();
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
                rs.getObject("issued_on", LocalDate.class), rs.getObject("file_id", Long.class), rs.getString("fields"),
                rs.getString("template_sm3"), rs.getString("issued_by"));
    }
}
