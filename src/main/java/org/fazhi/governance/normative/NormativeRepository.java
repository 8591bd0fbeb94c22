package org.fazhi.governance.normative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Normative documents in {@code governance.normative_document}; every list takes a data scope. */
@Repository
class NormativeRepository {

    static final String RECORD_TYPE = "governance.normative-document";

    /** A line of the list, with its filing and expiry flags as of today. */
    public record Row(long id, String title, long agencyId, NormativeState state,
                      @Nullable String registrationNumber, @Nullable String documentNumber,
                      @Nullable LocalDate publishedOn, @Nullable LocalDate validUntil, @Nullable LocalDate filingDueOn,
                      boolean filingOverdue, boolean expiring) {
    }

    /**
     * The list's filters: state, drafting agency, year published, only those overdue for filing, only those expiring
     * within the reminder period, and a title, document or registration number fragment.
     */
    public record Search(@Nullable NormativeState state, @Nullable Long agencyId, @Nullable Integer year,
                         @Nullable Boolean filingOverdue, @Nullable Boolean expiring, @Nullable String q) {

        static Search all() {
            return new Search(null, null, null, null, null, null);
        }
    }

    private static final String ISSUED = "('PUBLISHED', 'FILED', 'IN_FORCE')";

    private final JdbcClient jdbc;

    NormativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's next registration serial of the year, under a lock on the county's year. */
    int nextSerial(RegionCode county, int year) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('governance.normative:' || ?))) lock")
                .param(county.value() + year).query(Integer.class).single();
        return jdbc.sql("select count(*) + 1 from governance.normative_document where region_code = ? "
                + "and extract(year from published_on) = ?").params(county.value(), year).query(Integer.class).single();
    }

    long insert(NormativeDocument d) {
        NormativeDocument.Draft draft = d.draft();
        return jdbc.sql("""
                insert into governance.normative_document (region_code, agency_id, title, business_related,
                    provisional, state, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draft.county().value(), draft.agencyId(), draft.title(), draft.businessRelated(),
                        draft.provisional(), d.state().name(), d.createdBy())
                .query(Long.class).single();
    }

    void save(NormativeDocument d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("version", d.version());
        p.put("state", d.state().name());
        NormativeDocument.Comment c = d.comment();
        p.put("commentFrom", c == null ? null : c.from());
        p.put("commentTo", c == null ? null : c.to());
        p.put("received", c == null ? null : c.received());
        NormativeDocument.LegalityReview l = d.legality();
        p.put("reviewer", l == null ? null : l.reviewer());
        p.put("reviewedOn", l == null ? null : l.on());
        p.put("conclusion", l == null ? null : l.conclusion().name());
        p.put("opinion", l == null ? null : l.opinion());
        NormativeDocument.FairCompetitionReview f = d.fairCompetition();
        p.put("fair", f == null ? null : f.conclusion().name());
        p.put("fairOn", f == null ? null : f.on());
        NormativeDocument.Deliberation m = d.deliberation();
        p.put("deliberatedOn", m == null ? null : m.on());
        p.put("meeting", m == null ? null : m.meeting());
        putIssue(p, d.issue());
        p.put("governmentOn", d.filing().governmentOn());
        p.put("congressOn", d.filing().congressOn());
        p.put("endedOn", d.end() == null ? null : d.end().on());
        p.put("endedReason", d.end() == null ? null : d.end().reason());
        int updated = jdbc.sql("""
                update governance.normative_document set state = :state, comment_from = :commentFrom,
                    comment_to = :commentTo, comments_received = :received, legality_reviewer = :reviewer,
                    legality_reviewed_on = :reviewedOn, legality_conclusion = :conclusion, legality_opinion = :opinion,
                    fair_competition = :fair, fair_competition_on = :fairOn, deliberated_on = :deliberatedOn,
                    deliberation_meeting = :meeting, registration_number = :regNo, document_number = :docNo,
                    published_on = :publishedOn, published_in = :publishedIn, effective_from = :effectiveFrom,
                    valid_until = :validUntil, filing_due_on = :filingDue, filed_government_on = :governmentOn,
                    filed_congress_on = :congressOn, ended_on = :endedOn, ended_reason = :endedReason,
                    version = version + 1
                where id = :id and version = :version""").params(p).update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, d.id());
        }
    }

    Optional<NormativeDocument> find(long id) {
        return jdbc.sql("select * from governance.normative_document where id = ?").param(id)
                .query((rs, n) -> document(rs)).optional();
    }

    NormativeDocument lock(long id) {
        return jdbc.sql("select * from governance.normative_document where id = ? for update").param(id)
                .query((rs, n) -> document(rs)).single();
    }

    Page<Row> search(DataScope scope, Search search, LocalDate today, LocalDate remindUntil, PageRequest page) {
        String where = """
                from governance.normative_document d
                where d.region_code like :region and (cast(:scopeAgency as bigint) is null or d.agency_id = :scopeAgency)
                  and (cast(:state as text) is null or d.state = :state)
                  and (cast(:agency as bigint) is null or d.agency_id = :agency)
                  and (cast(:year as integer) is null or d.published_on between make_date(:year, 1, 1)
                       and make_date(:year, 12, 31))
                  and (not :filingOverdue or (%1$s and d.filing_due_on < :today))
                  and (not :expiring or (%2$s))
                  and (cast(:q as text) is null or d.title like '%%' || :q || '%%'
                       or d.document_number like '%%' || :q || '%%' or d.registration_number like '%%' || :q || '%%')"""
                .formatted(FILING_OVERDUE_BASE, EXPIRING);
        Map<String, Object> params = new HashMap<>();
        params.put("region", scope.regionPattern());
        params.put("scopeAgency", scope.agencyId());
        params.put("state", search.state() == null ? null : search.state().name());
        params.put("agency", search.agencyId());
        params.put("year", search.year());
        params.put("filingOverdue", Boolean.TRUE.equals(search.filingOverdue()));
        params.put("expiring", Boolean.TRUE.equals(search.expiring()));
        params.put("today", today);
        params.put("remindUntil", remindUntil);
        params.put("q", search.q() == null || search.q().isBlank() ? null : search.q().strip());
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select d.*, (" + FILING_OVERDUE_BASE + " and d.filing_due_on < :today) as overdue, ("
                        + EXPIRING + ") as expiring " + where
                        + " order by d.published_on desc nulls first, d.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
        return page.page(rows, total);
    }

    /** Issued and not filed with both bodies (the caller adds the deadline test). */
    private static final String FILING_OVERDUE_BASE = "d.state in " + ISSUED
            + " and (d.filed_government_on is null or d.filed_congress_on is null)";

    private static final String EXPIRING = "d.state in " + ISSUED
            + " and d.valid_until between :today and :remindUntil";

    private static NormativeDocument document(ResultSet rs) throws SQLException {
        NormativeDocument.Draft draft = new NormativeDocument.Draft(RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getString("title"), rs.getBoolean("business_related"),
                rs.getBoolean("provisional"));
        LocalDate commentFrom = day(rs, "comment_from");
        NormativeDocument.Comment comment = commentFrom == null ? null : new NormativeDocument.Comment(commentFrom,
                day(rs, "comment_to"), rs.getObject("comments_received", Integer.class));
        String conclusion = rs.getString("legality_conclusion");
        NormativeDocument.LegalityReview legality = conclusion == null ? null : new NormativeDocument.LegalityReview(
                rs.getString("legality_reviewer"), day(rs, "legality_reviewed_on"),
                LegalityConclusion.valueOf(conclusion), rs.getString("legality_opinion"));
        String fair = rs.getString("fair_competition");
        NormativeDocument.FairCompetitionReview fairCompetition = fair == null ? null
                : new NormativeDocument.FairCompetitionReview(FairCompetitionConclusion.valueOf(fair),
                day(rs, "fair_competition_on"));
        LocalDate deliberatedOn = day(rs, "deliberated_on");
        NormativeDocument.Deliberation deliberation = deliberatedOn == null ? null
                : new NormativeDocument.Deliberation(deliberatedOn, rs.getString("deliberation_meeting"));
        LocalDate publishedOn = day(rs, "published_on");
        NormativeDocument.Issue issue = publishedOn == null ? null : new NormativeDocument.Issue(
                rs.getString("registration_number"), rs.getString("document_number"), publishedOn,
                rs.getString("published_in"), day(rs, "effective_from"), day(rs, "valid_until"),
                day(rs, "filing_due_on"));
        LocalDate endedOn = day(rs, "ended_on");
        return new NormativeDocument(rs.getLong("id"), draft, rs.getString("created_by"), rs.getInt("version"),
                NormativeState.valueOf(rs.getString("state")), comment, legality, fairCompetition, deliberation,
                issue, new NormativeDocument.Filing(day(rs, "filed_government_on"), day(rs, "filed_congress_on")),
                endedOn == null ? null : new NormativeDocument.End(endedOn, rs.getString("ended_reason")));
    }

    private static void putIssue(Map<String, Object> p, NormativeDocument.@Nullable Issue i) {
        p.put("regNo", i == null ? null : i.registrationNumber());
        p.put("docNo", i == null ? null : i.documentNumber());
        p.put("publishedOn", i == null ? null : i.publishedOn());
        p.put("publishedIn", i == null ? null : i.publishedIn());
        p.put("effectiveFrom", i == null ? null : i.effectiveFrom());
        p.put("validUntil", i == null ? null : i.validUntil());
        p.put("filingDue", i == null ? null : i.filingDueOn());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("agency_id"),
                NormativeState.valueOf(rs.getString("state")), rs.getString("registration_number"),
                rs.getString("document_number"), day(rs, "published_on"), day(rs, "valid_until"),
                day(rs, "filing_due_on"), rs.getBoolean("overdue"), rs.getBoolean("expiring"));
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
