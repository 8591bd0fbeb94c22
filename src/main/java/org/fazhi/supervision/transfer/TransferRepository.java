package org.fazhi.supervision.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers with their deadlines and documents, in {@code supervision.transfer*}; every list takes a data scope. */
@Repository
class TransferRepository {

    static final String RECORD_TYPE = "supervision.transfer";

    /** A line of the list. */
    record Row(long id, String caseCode, long caseId, long agencyId, TransferKind kind, TransferState state,
               @Nullable TransferOutcome outcome, String suspectedOffence, String receivingBody, Instant proposedAt,
               @Nullable LocalDate nextDueOn, @Nullable DeadlineKind nextDeadline, boolean overdue) {
    }

    /** The list's filters: kind, state, only overdue, a case code fragment. */
    record Search(@Nullable TransferKind kind, @Nullable TransferState state, @Nullable Boolean overdue,
                  @Nullable String q) {
    }

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Transfer t) {
        Transfer.Opening o = t.opening();
        long id = jdbc.sql("""
                insert into supervision.transfer (region_code, agency_id, case_id, case_code, kind, state, outcome,
                    suspected_offence, receiving_body, proposed_by, proposed_at, approved_by, approved_at,
                    from_decision)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.county().value(), o.agencyId(), o.caseId(), o.caseCode(), o.kind().name(),
                        t.state().name(), nameOf(t.outcome()), o.suspectedOffence(), o.receivingBody(),
                        t.proposedBy(), ts(t.proposedAt()), t.approvedBy(), ts(t.approvedAt()), t.fromDecision())
                .query(Long.class).single();
        writeDeadlines(id, t);
        return id;
    }

    /** Whether the case already has a live transfer of this kind (one per case and kind). */
    boolean hasLive(long caseId, TransferKind kind) {
        return jdbc.sql("select exists (select 1 from supervision.transfer where case_id = ? and kind = ? "
                        + "and state <> 'NOT_APPROVED')")
                .params(caseId, kind.name()).query(Boolean.class).single();
    }

    void save(Transfer t) {
        int updated = jdbc.sql("""
                update supervision.transfer set state = ?, outcome = ?, approved_by = ?, approved_at = ?,
                    handed_over_at = ?, decided_on = ?, decision_note = ?, reconsidered = ?, procuratorate_asked = ?,
                    closed_on = ?, version = version + 1
                where id = ? and version = ?""")
                .params(t.state().name(), nameOf(t.outcome()), t.approvedBy(), ts(t.approvedAt()),
                        ts(t.handedOverAt()), t.decidedOn(), t.decisionNote(), t.reconsidered(),
                        t.procuratorateAsked(), t.closedOn(), t.id(), t.version())
                .update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, t.id());
        }
        jdbc.sql("delete from supervision.transfer_deadline where transfer_id = ?").param(t.id()).update();
        writeDeadlines(t.id(), t);
    }

    void addDocument(long transferId, Transfer.Document d) {
        jdbc.sql("""
                insert into supervision.transfer_document (transfer_id, kind, file_id, name, added_by, added_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(transferId, d.kind().name(), d.fileId(), d.name(), d.addedBy(), ts(d.addedAt())).update();
    }

    Optional<Transfer> find(long id) {
        return load("select * from supervision.transfer where id = ?", id);
    }

    Transfer lock(long id) {
        return load("select * from supervision.transfer where id = ? for update", id).orElseThrow();
    }

    Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        String where = """
                from supervision.transfer t
                left join lateral (select d.kind, d.due_on from supervision.transfer_deadline d
                    where d.transfer_id = t.id and d.met_at is null and not d.dropped
                    order by d.due_on limit 1) next on true
                where t.region_code like :region and (cast(:agency as bigint) is null or t.agency_id = :agency)
                  and (cast(:kind as text) is null or t.kind = :kind)
                  and (cast(:state as text) is null or t.state = :state)
                  and (not :overdue or next.due_on < :today)
                  and (cast(:q as text) is null or t.case_code like '%' || :q || '%'
                       or t.suspected_offence like '%' || :q || '%')""";
        var params = new java.util.HashMap<String, Object>();
        params.put("region", scope.regionPattern());
        params.put("agency", scope.agencyId());
        params.put("kind", search.kind() == null ? null : search.kind().name());
        params.put("state", search.state() == null ? null : search.state().name());
        params.put("overdue", Boolean.TRUE.equals(search.overdue()));
        params.put("today", today);
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select t.*, next.kind as next_kind, next.due_on as next_due " + where
                        + " order by next.due_on nulls last, t.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs, today)).list();
        return page.page(rows, total);
    }

    /** Open transfers of the county with a limit passed before {@code today}: what the monitoring watches. */
    List<Transfer> overdue(RegionCode county, LocalDate today) {
        List<Long> ids = jdbc.sql("""
                select distinct t.id from supervision.transfer t join supervision.transfer_deadline d
                    on d.transfer_id = t.id
                where t.region_code = ? and d.met_at is null and not d.dropped and d.due_on < ?
                order by t.id""").params(county.value(), today).query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    private Optional<Transfer> load(String sql, long id) {
        return jdbc.sql(sql).param(id).query((rs, n) -> transfer(rs)).optional();
    }

    private Transfer transfer(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Transfer.Opening opening = new Transfer.Opening(rs.getLong("case_id"), rs.getString("case_code"),
                RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                TransferKind.valueOf(rs.getString("kind")), rs.getString("suspected_offence"),
                rs.getString("receiving_body"));
        String outcome = rs.getString("outcome");
        return new Transfer(id, opening, TransferState.valueOf(rs.getString("state")),
                outcome == null ? null : TransferOutcome.valueOf(outcome), rs.getString("proposed_by"),
                instant(rs, "proposed_at"), rs.getString("approved_by"), instant(rs, "approved_at"),
                instant(rs, "handed_over_at"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_note"), rs.getBoolean("reconsidered"), rs.getBoolean("procuratorate_asked"),
                rs.getObject("closed_on", LocalDate.class), rs.getBoolean("from_decision"), rs.getInt("version"),
                deadlines(id), documents(id));
    }

    private List<TransferDeadline> deadlines(long id) {
        return jdbc.sql("select * from supervision.transfer_deadline where transfer_id = ? order by due_at")
                .param(id).query((rs, n) -> new TransferDeadline(DeadlineKind.valueOf(rs.getString("kind")),
                        rs.getObject("due_on", LocalDate.class), instant(rs, "due_at"), instant(rs, "met_at"),
                        rs.getBoolean("dropped"), rs.getBoolean("provisional")))
                .list();
    }

    private List<Transfer.Document> documents(long id) {
        return jdbc.sql("select * from supervision.transfer_document where transfer_id = ? order by added_at, file_id")
                .param(id).query((rs, n) -> new Transfer.Document(DocumentKind.valueOf(rs.getString("kind")),
                        rs.getLong("file_id"), rs.getString("name"), rs.getString("added_by"),
                        instant(rs, "added_at")))
                .list();
    }

    private void writeDeadlines(long id, Transfer t) {
        for (TransferDeadline d : t.deadlines()) {
            jdbc.sql("""
                    insert into supervision.transfer_deadline (transfer_id, kind, due_on, due_at, met_at, dropped,
                        provisional) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, d.kind().name(), d.dueOn(), ts(d.dueAt()), ts(d.metAt()), d.dropped(),
                            d.provisional())
                    .update();
        }
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        String outcome = rs.getString("outcome");
        String next = rs.getString("next_kind");
        LocalDate due = rs.getObject("next_due", LocalDate.class);
        return new Row(rs.getLong("id"), rs.getString("case_code"), rs.getLong("case_id"), rs.getLong("agency_id"),
                TransferKind.valueOf(rs.getString("kind")), TransferState.valueOf(rs.getString("state")),
                outcome == null ? null : TransferOutcome.valueOf(outcome), rs.getString("suspected_offence"),
                rs.getString("receiving_body"), instant(rs, "proposed_at"), due,
                next == null ? null : DeadlineKind.valueOf(next), due != null && due.isBefore(today));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
