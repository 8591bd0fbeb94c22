package org.fazhi.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publications in {@code disclosure.publication}; every list takes the caller's data scope. */
@Repository
class PublicationRepository {

    static final String RECORD_TYPE = "disclosure.publication";

    /**
     * What the list filters by: state, only those past due and unpublished, a fragment of the decision number, and
     * the decision days.
     */
    record Search(@Nullable PublicationState state, @Nullable Boolean overdue, @Nullable String number,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedFrom,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedTo) {

        static Search none() {
            return new Search(null, null, null, null, null);
        }
    }

    /** One line of the list. */
    record Row(long id, long caseId, String decisionNumber, long agencyId, LocalDate decidedOn, LocalDate dueOn,
               PublicationState state, boolean overdue, @Nullable LocalDate publishedOn) {
    }

    /** The area of the portal's pages (disclosure.portal) in {@link PublishedContent}. */
    static final String PUBLISHED_AREA = "disclosure";

    private final JdbcClient jdbc;
    private final PublishedContent publishedContent;

    PublicationRepository(JdbcClient jdbc, PublishedContent publishedContent) {
        this.jdbc = jdbc;
        this.publishedContent = publishedContent;
    }

    /** Inserts the publication of a case once; a second announcement of the same decision changes nothing. */
    Optional<Long> insert(Publication p) {
        Publication.Decision d = p.decision();
        return jdbc.sql("""
                insert into disclosure.publication (case_id, decision_number, agency_id, region_code, decided_on,
                       due_on, due_provisional, decision_kind, party_name, natural_person, minor, penalties, fine_fen,
                       items, sections, original_text, spans, redacted_text)
                values (:case, :number, :agency, :region, :decidedOn, :dueOn, :provisional, :kind, :party, :person,
                        :minor, :penalties, :fine, :items, cast(:sections as jsonb), :original, cast(:spans as jsonb),
                        :redacted)
                on conflict (case_id) do nothing
                returning id""")
                .param("case", d.caseId()).param("number", d.decisionNumber()).param("agency", d.agencyId())
                .param("region", d.county().value()).param("decidedOn", d.decidedOn()).param("dueOn", p.dueOn())
                .param("provisional", p.dueProvisional()).param("kind", d.kind()).param("party", d.partyName())
                .param("person", d.naturalPerson()).param("minor", d.minor()).param("penalties", d.penalties())
                .param("fine", d.fineFen()).param("items", d.items())
                .param("sections", PublicationJson.sections(d.sections()))
                .param("original", p.redaction().text()).param("spans", PublicationJson.spans(p.redaction().spans()))
                .param("redacted", p.redaction().apply())
                .query(Long.class).optional();
    }

    Optional<Publication> find(long id) {
        return jdbc.sql("select * from disclosure.publication where id = ?").param(id).query((rs, n) -> map(rs))
                .optional();
    }

    Optional<Publication> ofCase(long caseId) {
        return jdbc.sql("select * from disclosure.publication where case_id = ?").param(caseId)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The row locked until the transaction ends: two reviewers never publish over each other. */
    Publication lock(long id) {
        return jdbc.sql("select * from disclosure.publication where id = ? for update").param(id)
                .query((rs, n) -> map(rs)).single();
    }

    /**
     * Writes what the review, publication or withdrawal changed. Publishing and withdrawing change the portal; a
     * review of a pending one does not (nothing pending is shown).
     */
    void save(Publication p) {
        if (p.state() != PublicationState.PENDING) {
            publishedContent.changed(PUBLISHED_AREA);
        }
        jdbc.sql("""
                update disclosure.publication
                   set state = :state, spans = cast(:spans as jsonb), redacted_text = :redacted,
                       published_at = :publishedAt, published_by = :publishedBy, published_on = :publishedOn,
                       expires_on = :expiresOn, withdrawn_at = :withdrawnAt, withdrawn_by = :withdrawnBy,
                       withdrawal_reason = :reason, version = version + 1
                 where id = :id""")
                .param("state", p.state().name()).param("spans", PublicationJson.spans(p.redaction().spans()))
                .param("redacted", p.redaction().apply()).param("publishedAt", timestamp(p.publishedAt()))
                .param("publishedBy", p.publishedBy()).param("publishedOn", p.publishedOn())
                .param("expiresOn", p.expiresOn()).param("withdrawnAt", timestamp(p.withdrawnAt()))
                .param("withdrawnBy", p.withdrawnBy()).param("reason", p.withdrawalReason()).param("id", p.id())
                .update();
    }

    /** The scope's publications, those waiting longest for the legal office first. */
    Page<Row> search(DataScope scope, Search search, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where region_code like :region");
        if (scope.agencyId() != null) {
            where.append(" and agency_id = :agency");
        }
        if (search.state() != null) {
            where.append(" and state = :state");
        }
        if (Boolean.TRUE.equals(search.overdue())) {
            where.append(" and state = 'PENDING' and due_on < :today");
        }
        if (search.number() != null && !search.number().isBlank()) {
            where.append(" and decision_number like :number");
        }
        if (search.decidedFrom() != null) {
            where.append(" and decided_on >= :from");
        }
        if (search.decidedTo() != null) {
            where.append(" and decided_on <= :to");
        }
        var count = bind(jdbc.sql("select count(*) from disclosure.publication" + where), scope, search, today);
        long total = count.query(Long.class).single();
        var list = bind(jdbc.sql("select id, case_id, decision_number, agency_id, decided_on, due_on, state,"
                + " published_on from disclosure.publication" + where
                + " order by (state = 'PENDING') desc, due_on, id limit :limit offset :offset"),
                scope, search, today).param("limit", page.size()).param("offset", page.offset());
        List<Row> rows = list.query((rs, n) -> row(rs, today)).list();
        return page.page(rows, total);
    }

    /** Pending past their due day and not yet raised. */
    List<Publication> overdueNotRaised(LocalDate today) {
        return jdbc.sql("""
                select * from disclosure.publication
                 where state = 'PENDING' and due_on < ? and overdue_raised_at is null order by due_on, id""")
                .param(today).query((rs, n) -> map(rs)).list();
    }

    void markOverdueRaised(long id) {
        jdbc.sql("update disclosure.publication set overdue_raised_at = now() where id = ?").param(id).update();
    }

    /** Pending since before {@code createdBefore}: what automatic publication takes. */
    List<Long> pendingSince(Instant createdBefore) {
        return jdbc.sql("select id from disclosure.publication where state = 'PENDING' and created_at < ? order by id")
                .param(Timestamp.from(createdBefore)).query(Long.class).list();
    }

    /** Published ones whose period ended before {@code today} leave the portal. */
    int expire(LocalDate today) {
        int expired = jdbc.sql("""
                update disclosure.publication set state = 'EXPIRED', version = version + 1
                 where state = 'PUBLISHED' and expires_on < ?""").param(today).update();
        if (expired > 0) {
            publishedContent.changed(PUBLISHED_AREA);
        }
        return expired;
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
        if (search.number() != null && !search.number().isBlank()) {
            sql = sql.param("number", "%" + search.number().strip().replace("%", "") + "%");
        }
        if (search.decidedFrom() != null) {
            sql = sql.param("from", search.decidedFrom());
        }
        if (search.decidedTo() != null) {
            sql = sql.param("to", search.decidedTo());
        }
        return sql;
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        PublicationState state = PublicationState.valueOf(rs.getString("state"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("decision_number"),
                rs.getLong("agency_id"), rs.getObject("decided_on", LocalDate.class), due, state,
                state == PublicationState.PENDING && today.isAfter(due), rs.getObject("published_on", LocalDate.class));
    }

    private static Publication map(ResultSet rs) throws SQLException {
        Publication.Decision decision = new Publication.Decision(rs.getLong("case_id"),
                rs.getString("decision_number"), rs.getLong("agency_id"), RegionCode.of(rs.getString("region_code")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_kind"), rs.getString("party_name"),
                rs.getBoolean("natural_person"), rs.getBoolean("minor"), rs.getString("penalties"),
                rs.getLong("fine_fen"), rs.getString("items"), PublicationJson.sections(rs.getString("sections")));
        Redaction redaction = Redaction.reviewed(rs.getString("original_text"),
                PublicationJson.spans(rs.getString("spans")));
        return new Publication(rs.getLong("id"), decision, rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_provisional"), PublicationState.valueOf(rs.getString("state")), redaction,
                instant(rs.getTimestamp("published_at")), rs.getString("published_by"),
                rs.getObject("published_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                instant(rs.getTimestamp("withdrawn_at")), rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"), rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
