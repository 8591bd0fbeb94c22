package org.fazhi.casework.casefile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.casefile.PenaltyCase.Decision;
import org.fazhi.casework.casefile.PenaltyCase.Execution;
import org.fazhi.casework.casefile.PenaltyCase.Hearing;
import org.fazhi.casework.casefile.PenaltyCase.Investigation;
import org.fazhi.casework.casefile.PenaltyCase.Notice;
import org.fazhi.casework.casefile.PenaltyCase.Origin;
import org.fazhi.casework.casefile.PenaltyCase.Review;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases with their proposals and children ({@link CaseChildren}). A step saves the whole case against the version
 * the user saw: someone else's step in between makes it a {@link StaleEdit}.
 */
@Repository
class CaseRepository {

    static final String RECORD_TYPE = "casework.case";

    private final JdbcClient jdbc;
    private final CaseChildren children;

    CaseRepository(JdbcClient jdbc, CaseChildren children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    /**
     * Stores a new clue; the code is AJ, the year it was discovered and a sequence number. Empty when its inspection
     * task already gave a clue: one clue per task, however often the conclusion is announced.
     */
    Optional<Long> insert(PenaltyCase clue) {
        Origin origin = clue.origin();
        return jdbc.sql("""
                insert into casework.penalty_case (region_code, agency_id, code, state, source_kind, source_reference,
                       source_task_id, source_item_ids, party_id, summary, discovered_on, created_by)
                values (:county, :agency, 'AJ' || to_char(:discovered::date, 'YYYY')
                        || lpad(nextval('casework.case_code_seq')::text, 8, '0'), 'CLUE', :kind, :reference, :task,
                        :items, :party, :summary, :discovered, :createdBy)
                on conflict (source_task_id) do nothing
                returning id""")
                .param("county", clue.county().value()).param("agency", clue.agencyId())
                .param("kind", origin.kind().name()).param("reference", origin.reference())
                .param("task", origin.taskId()).param("items", origin.itemIds().toArray(Long[]::new))
                .param("party", origin.partyId()).param("summary", origin.summary())
                .param("discovered", origin.discoveredOn()).param("createdBy", clue.createdBy())
                .query(Long.class).optional();
    }

    Optional<PenaltyCase> find(long id) {
        return jdbc.sql("select * from casework.penalty_case where id = ?").param(id)
                .query((rs, row) -> map(rs)).optional().map(children::complete);
    }

    /**
     * Writes the case as {@code after} and answers it as stored, without reading it back; refuses when it is no longer
     * at {@code before}'s version.
     */
    PenaltyCase save(PenaltyCase before, PenaltyCase after) {
        Investigation inv = after.investigation();
        Review review = after.review();
        Notice notice = after.notice();
        Hearing hearing = after.hearing();
        Decision decision = after.decision();
        Execution execution = after.execution();
        int updated = jdbc.sql("""
                update casework.penalty_case set state = :state, item_ids = :items, item_codes = :codes,
                       handler_ids = :handlers, facts = :facts, violation_on = :violationOn,
                       extended_time_bar = :extended, filed_on = :filedOn, decline_reason = :declineReason,
                       major_public_interest = :publicInterest, complex = :complex, major_violation = :major,
                       benchmark_findings = :findings, legal_review_passed_at = :passedAt, legal_reviewer = :reviewer,
                       legal_review_note = :reviewNote, discussed_on = :discussedOn, discussion = :discussion,
                       notified_on = :notifiedOn, hearing_rights = :hearingRights, rights_waived = :waived,
                       statement = :statement, hearing_requested = :hearingRequested,
                       hearing_notice_on = :hearingNoticeOn, hearing_on = :hearingOn, hearing_chair = :chair,
                       hearing_held_at = :heldAt, hearing_record = :hearingRecord, decided_on = :decidedOn,
                       decision_reason = :decisionReason, first_offence_searched_on = :searchedOn,
                       first_offence_criteria = :criteria, first_offence_found = :found,
                       delivered_on = :deliveredOn, payment_due = :paymentDue, payment_plan = :paymentPlan,
                       reminder_delivered_on = :reminderOn, court_applied_on = :courtOn, closed_on = :closedOn,
                       archived_on = :archivedOn, version = version + 1
                 where id = :id and version = :version""")
                .param("state", after.state().name()).param("items", inv.itemIds().toArray(Long[]::new))
                .param("codes", inv.itemCodes().toArray(String[]::new))
                .param("handlers", inv.handlerIds().toArray(Long[]::new)).param("facts", inv.facts())
                .param("violationOn", inv.violationOn()).param("extended", inv.extendedTimeBar())
                .param("filedOn", inv.filedOn()).param("declineReason", inv.declineReason())
                .param("publicInterest", inv.majorPublicInterest()).param("complex", inv.complex())
                .param("major", inv.majorViolation())
                .param("findings", review.benchmarkFindings().toArray(String[]::new))
                .param("passedAt", timestamp(review.legalReviewPassedAt())).param("reviewer", review.legalReviewer())
                .param("reviewNote", review.legalReviewNote()).param("discussedOn", review.discussedOn())
                .param("discussion", review.discussion()).param("notifiedOn", notice.notifiedOn())
                .param("hearingRights", notice.hearingRights()).param("waived", notice.waived())
                .param("statement", notice.statement()).param("hearingRequested", hearing.requested())
                .param("hearingNoticeOn", hearing.noticeOn()).param("hearingOn", hearing.scheduledOn())
                .param("chair", hearing.chair()).param("heldAt", timestamp(hearing.heldAt()))
                .param("hearingRecord", hearing.record()).param("decidedOn", decision.decidedOn())
                .param("decisionReason", decision.reason()).param("searchedOn", decision.searchedOn())
                .param("criteria", decision.searchCriteria()).param("found", decision.found().toArray(String[]::new))
                .param("deliveredOn", execution.deliveredOn()).param("paymentDue", execution.paymentDue())
                .param("paymentPlan", execution.paymentPlan()).param("reminderOn", execution.reminderDeliveredOn())
                .param("courtOn", execution.courtAppliedOn()).param("closedOn", execution.closedOn())
                .param("archivedOn", execution.archivedOn())
                .param("id", before.id()).param("version", before.version()).update();
        if (updated != 1) {
            throw new StaleEdit(RECORD_TYPE, before.id());
        }
        return children.save(before, after);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The row alone; {@link CaseChildren#complete} adds the proposals and children. */
    static PenaltyCase map(ResultSet rs) throws SQLException {
        Origin origin = new Origin(SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_reference"),
                rs.getObject("source_task_id", Long.class), longs(rs.getArray("source_item_ids")),
                rs.getLong("party_id"), rs.getString("summary"), rs.getObject("discovered_on", LocalDate.class));
        Investigation investigation = new Investigation(longs(rs.getArray("item_ids")),
                strings(rs.getArray("item_codes")), longs(rs.getArray("handler_ids")), rs.getString("facts"),
                date(rs, "violation_on"), rs.getBoolean("extended_time_bar"), date(rs, "filed_on"),
                rs.getString("decline_reason"), rs.getBoolean("major_public_interest"), rs.getBoolean("complex"),
                rs.getBoolean("major_violation"));
        Review review = new Review(null, strings(rs.getArray("benchmark_findings")),
                instant(rs, "legal_review_passed_at"), rs.getString("legal_reviewer"),
                rs.getString("legal_review_note"), date(rs, "discussed_on"), rs.getString("discussion"));
        Notice notice = new Notice(null, date(rs, "notified_on"), rs.getBoolean("hearing_rights"),
                rs.getBoolean("rights_waived"), rs.getString("statement"));
        Hearing hearing = new Hearing(rs.getBoolean("hearing_requested"), date(rs, "hearing_notice_on"),
                date(rs, "hearing_on"), rs.getObject("hearing_chair", Long.class), instant(rs, "hearing_held_at"),
                rs.getString("hearing_record"));
        Decision decision = new Decision(null, date(rs, "decided_on"), rs.getString("decision_reason"),
                date(rs, "first_offence_searched_on"), rs.getString("first_offence_criteria"),
                strings(rs.getArray("first_offence_found")));
        Execution execution = new Execution(date(rs, "delivered_on"), date(rs, "payment_due"),
                rs.getString("payment_plan"), date(rs, "reminder_delivered_on"), date(rs, "court_applied_on"),
                date(rs, "closed_on"), date(rs, "archived_on"));
        return new PenaltyCase(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getLong("agency_id"),
                rs.getString("code"), CaseState.valueOf(rs.getString("state")), origin, investigation, review, notice,
                hearing, decision, execution, List.of(), List.of(), List.of(), List.of(), rs.getString("created_by"),
                rs.getInt("version"));
    }
}
