package org.fazhi.supervision.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opinions in {@code supervision.opinion} with their documents; every list takes the caller's scope. */
@Repository
class OpinionRepository {

    /** What the list filters by: state, past the deadline in force, one round, a fragment of the number. */
    record Search(@Nullable OpinionState state, @Nullable Boolean overdue, @Nullable Long roundId,
                  @Nullable String number) {

        static Search none() {
            return new Search(null, null, null, null);
        }
    }

    /** One line of the list. */
    record Row(long id, String number, long agencyId, String agencyName, @Nullable Long roundId,
               @Nullable String subject, LocalDate issuedOn, LocalDate deadline, OpinionState state, boolean overdue,
               @Nullable String decisionNumber) {
    }

    private static final String COLUMNS = """
            id, region_code, agency_id, round_id, subject_type, subject_id, number, issued_on, deadline,
            deadline_provisional, state, issued_by, decision_number, decided_on, decision_deadline, accepted_on,
            accepted_by, on_time, version""";
    private static final String OVERDUE = "(state in ('ISSUED', 'RETURNED', 'ESCALATED')"
            + " and coalesce(decision_deadline, deadline) < :today)";

    private final JdbcClient jdbc;
    private final SupervisedAgencies names;

    OpinionRepository(JdbcClient jdbc, SupervisedAgencies names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    long insert(Opinion o, byte[] document) {
        return jdbc.sql("""
                insert into supervision.opinion (region_code, agency_id, round_id, subject_type, subject_id, number,
                       issued_on, deadline, deadline_provisional, state, issued_by, document)
                values (:region, :agency, :round, :subjectType, :subjectId, :number, :issuedOn, :deadline,
                        :provisional, 'ISSUED', :by, :document)
                returning id""")
                .param("region", o.county().value()).param("agency", o.agencyId()).param("round", o.roundId())
                .param("subjectType", o.subject() == null ? null : o.subject().type())
                .param("subjectId", o.subject() == null ? null : o.subject().id()).param("number", o.number())
                .param("issuedOn", o.issuedOn()).param("deadline", o.deadline())
                .param("provisional", o.deadlineProvisional()).param("by", o.issuedBy()).param("document", document)
                .query(Long.class).single();
    }

    Optional<Opinion> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision.opinion where id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    Opinion lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision.opinion where id = ? for update").param(id)
                .query((rs, n) -> map(rs)).single();
    }

    void save(Opinion o) {
        jdbc.sql("""
                update supervision.opinion
                   set state = :state, accepted_on = :acceptedOn, accepted_by = :acceptedBy, on_time = :onTime,
                       decision_number = :decision, decided_on = :decidedOn, decision_deadline = :decisionDeadline,
                       version = version + 1
                 where id = :id""")
                .param("state", o.state().name()).param("acceptedOn", o.acceptedOn())
                .param("acceptedBy", o.acceptedBy()).param("onTime", o.onTime())
                .param("decision", o.decisionNumber()).param("decidedOn", o.decidedOn())
                .param("decisionDeadline", o.decisionDeadline()).param("id", o.id()).update();
    }

    void saveDocument(long id, byte[] document) {
        jdbc.sql("update supervision.opinion set document = ? where id = ?").params(document, id).update();
    }

    void saveDecisionDocument(long id, byte[] document) {
        jdbc.sql("update supervision.opinion set decision_document = ? where id = ?").params(document, id).update();
    }

    /** The 监督意见书 ({@code decision} false) or the 监督决定书 as issued. */
    Optional<byte[]> document(long id, boolean decision) {
        return jdbc.sql("select " + (decision ? "decision_document" : "document")
                        + " from supervision.opinion where id = ?").param(id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBytes(1))).single()
                .filter(bytes -> bytes.length > 0);
    }

    /** How many of the round's opinions each agency let escalate. */
    java.util.Map<Long, Integer> escalationsByAgency(long roundId) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select agency_id, count(*) from supervision.opinion
                 where round_id = ? and decision_number is not null group by agency_id""").param(roundId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Opinions past their deadline, unanswered and not yet escalated: what the escalation pass takes. */
    List<Long> overdue(LocalDate today) {
        return jdbc.sql("""
                select id from supervision.opinion
                 where state in ('ISSUED', 'RETURNED') and decision_number is null and deadline < ? order by id""")
                .param(today).query(Long.class).list();
    }

    /** The scope's opinions, those waiting for someone and due first. */
    Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where region_code like :region");
        if (scope.agencyId() != null) {
            where.append(" and agency_id = :agency");
        }
        if (search.state() != null) {
            where.append(" and state = :state");
        }
        if (Boolean.TRUE.equals(search.overdue())) {
            where.append(" and ").append(OVERDUE);
        }
        if (search.roundId() != null) {
            where.append(" and round_id = :round");
        }
        if (search.number() != null && !search.number().isBlank()) {
            where.append(" and (number like :number or decision_number like :number)");
        }
        long total = bind(jdbc.sql("select count(*) from supervision.opinion" + where), scope, search, today)
                .query(Long.class).single();
        List<Row> rows = bind(jdbc.sql("select " + COLUMNS + ", " + OVERDUE + " as overdue from supervision.opinion"
                        + where + " order by (state in ('ACCEPTED')), coalesce(decision_deadline, deadline), id"
                        + " limit :limit offset :offset"), scope, search, today)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    Opinion o = map(rs);
                    return new Row(o.id(), o.number(), o.agencyId(), names.of(o.agencyId()), o.roundId(),
                            o.subject() == null ? null : o.subject().toString(), o.issuedOn(), o.currentDeadline(),
                            o.state(), rs.getBoolean("overdue"), o.decisionNumber());
                }).list();
        return page.page(rows, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, DataScope scope, Search search,
                                                 LocalDate today) {
        sql = sql.param("region", scope.regionPattern()).param("today", today);
        if (scope.agencyId() != null) {
            sql = sql.param("agency", scope.agencyId());
        }
        if (search.state() != null) {
            sql = sql.param("state", search.state().name());
        }
        if (search.roundId() != null) {
            sql = sql.param("round", search.roundId());
        }
        if (search.number() != null && !search.number().isBlank()) {
            sql = sql.param("number", "%" + search.number().strip().replace("%", "") + "%");
        }
        return sql;
    }

    private static Opinion map(ResultSet rs) throws SQLException {
        String subjectType = rs.getString("subject_type");
        return new Opinion(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                (Long) rs.getObject("round_id"),
                subjectType == null ? null : new RecordLink(subjectType, rs.getLong("subject_id")),
                rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), rs.getBoolean("deadline_provisional"),
                OpinionState.valueOf(rs.getString("state")), rs.getString("issued_by"),
                rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("decision_deadline", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
                rs.getString("accepted_by"), (Boolean) rs.getObject("on_time"), rs.getInt("version"));
    }
}
