package org.fazhi.casework.generation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fazhi.casework.DecisionKind;
import org.fazhi.platform.CopyRows;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes generated cases and everything that hangs off them with COPY, inside the caller's transaction. New cases
 * take ids from the table's identity sequence and codes from the case-code sequence (AJ, the year discovered, eight
 * digits), in the order they were discovered; a clue the inspections' results registered keeps its id and code.
 * Measures take ids from their own identity sequence, in the order of their cases.
 */
@Component
class CaseRows {

    /** How many rows went into each table. */
    record Counts(long cases, long events, long proposals, long evidence, long deadlines, long payments,
                  long extensions, long onTheSpot, long measures, long measureEvents) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CaseRows(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The clues CluesFromInspections registered for these drafts' inspection results: each draft takes its clue's
     * id and code, and the clue (with its one timeline entry) makes way for the draft's fuller record.
     */
    void takeOverClues(RegionCode county, List<CaseDraft> drafts) {
        Map<Long, Object[]> clues = jdbc.sql("""
                select source_task_id, id, code from casework.penalty_case
                 where region_code = ? and source_kind = 'INSPECTION' and state = 'CLUE'""").param(county.value())
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        List<Long> taken = new ArrayList<>();
        for (CaseDraft c : drafts) {
            Object[] clue = c.taskId == null ? null : clues.get(c.taskId);
            if (clue != null) {
                c.id = (Long) clue[1];
                c.code = (String) clue[2];
                taken.add(c.id);
            }
        }
        Long[] ids = taken.toArray(Long[]::new);
        jdbc.sql("delete from casework.case_event where case_id = any(?)").param(ids).update();
        jdbc.sql("delete from casework.penalty_case where id = any(?)").param(ids).update();
    }

    Counts write(RegionCode county, List<CaseDraft> drafts) {
        List<CaseDraft> fresh = drafts.stream().filter(c -> c.id == 0).toList();
        Iterator<Long> ids = jdbc.sql("""
                select nextval(pg_get_serial_sequence('casework.penalty_case', 'id')) from generate_series(1, ?)
                 order by 1""").param(fresh.size()).query(Long.class).list().iterator();
        Iterator<Long> codes = jdbc.sql("""
                select nextval('casework.case_code_seq') from generate_series(1, ?) order by 1""")
                .param(fresh.size()).query(Long.class).list().iterator();
        for (CaseDraft c : fresh) {
            c.id = ids.next();
            c.code = "AJ" + c.discoveredOn.getYear() + String.format("%08d", codes.next());
        }
        List<MeasureDraft> measures = drafts.stream().flatMap(c -> c.measures.stream()).toList();
        Iterator<Long> measureIds = jdbc.sql("""
                select nextval(pg_get_serial_sequence('casework.compulsory_measure', 'id'))
                  from generate_series(1, ?) order by 1""").param(measures.size()).query(Long.class).list().iterator();
        measures.forEach(m -> m.id = measureIds.next());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Counts(cases(connection, county, drafts), events(connection, county, drafts),
                    proposals(connection, drafts), evidence(connection, drafts), deadlines(connection, county, drafts),
                    payments(connection, drafts), extensions(connection, drafts), MeasureRows.spots(connection, drafts),
                    MeasureRows.measures(connection, county, drafts), MeasureRows.events(connection, county, drafts));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the generated cases of " + county, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long cases(Connection connection, RegionCode county, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.penalty_case", """
                id, region_code, agency_id, code, state, source_kind, source_reference, source_task_id,
                source_item_ids, party_id, summary, discovered_on, item_ids, item_codes, handler_ids, facts,
                violation_on, filed_on, decline_reason, major_public_interest, legal_review_passed_at,
                legal_reviewer, legal_review_note, notified_on, hearing_rights, rights_waived, statement,
                hearing_requested, hearing_notice_on, hearing_on, hearing_chair, hearing_held_at, hearing_record,
                decided_on, decision_reason, first_offence_searched_on, first_offence_criteria, delivered_on,
                payment_due, payment_plan, reminder_delivered_on, court_applied_on, closed_on, archived_on,
                created_by, created_at, version, procedure""")) {
            for (CaseDraft c : drafts) {
                copy.row(c.id, county.value(), c.agencyId, c.code, c.state.name(), c.source.name(), c.reference,
                        c.taskId, c.sourceItemIds, c.partyId, c.summary, c.discoveredOn, c.itemIds, c.itemCodes,
                        c.handlerIds, c.facts, c.violationOn, c.filedOn, c.declineReason, c.majorPublicInterest,
                        c.legalReviewPassedAt, c.legalReviewer, c.legalReviewNote, c.notifiedOn, c.hearingRights,
                        c.rightsWaived, c.statement, c.hearingRequested, c.hearingNoticeOn, c.hearingOn,
                        c.hearingChair, c.hearingHeldAt, c.hearingRecord, c.decidedOn, c.decisionReason,
                        c.firstOffenceSearchedOn, c.firstOffenceCriteria, c.deliveredOn, c.paymentDue, c.paymentPlan,
                        c.reminderDeliveredOn, c.courtAppliedOn, c.closedOn, c.archivedOn,
                        c.events.get(0).username(), c.createdAt, c.version, c.procedure);
            }
            return copy.finish();
        }
    }

    private static long events(Connection connection, RegionCode county, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.case_event",
                "case_id, region_code, at, username, display_name, transition, from_state, to_state, detail")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Event e : c.events) {
                    copy.row(c.id, county.value(), e.at(), e.username(), e.displayName(), e.transition().name(),
                            e.from() == null ? null : e.from().name(), e.to().name(), e.detail());
                }
            }
            return copy.finish();
        }
    }

    private static long proposals(Connection connection, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.proposal",
                "case_id, stage, kind, penalties, fine_fen, tier, within_benchmark")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Proposal p : c.proposals) {
                    boolean penalty = p.kind() == DecisionKind.PENALTY;
                    copy.row(c.id, p.stage(), p.kind().name(), !penalty ? List.of() : p.fineFen() > 0
                                    ? List.of("WARNING", "FINE") : List.of("WARNING"),
                            p.fineFen(), penalty ? "一般" : null, penalty ? Boolean.TRUE : null);
                }
            }
            return copy.finish();
        }
    }

    private static long evidence(Connection connection, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.evidence",
                "case_id, kind, title, collected_on, recorded_by, recorded_at")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Evidence e : c.evidence) {
                    copy.row(c.id, e.kind().name(), e.title(), e.collectedOn(), e.recordedBy(), e.at());
                }
            }
            return copy.finish();
        }
    }

    private static long deadlines(Connection connection, RegionCode county, List<CaseDraft> drafts)
            throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.deadline",
                "case_id, kind, region_code, agency_id, started_on, due_on, provisional, met_on")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Deadline d : c.deadlines) {
                    copy.row(c.id, d.kind().name(), county.value(), c.agencyId, d.startedOn(), d.dueOn(),
                            d.provisional(), d.metOn() != null || c.closedOn == null ? d.metOn() : c.closedOn);
                }
            }
            return copy.finish();
        }
    }

    private static long payments(Connection connection, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.payment", "case_id, paid_on, amount_fen, recorded_by")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Payment p : c.payments) {
                    copy.row(c.id, p.paidOn(), p.fen(), p.recordedBy());
                }
            }
            return copy.finish();
        }
    }

    private static long extensions(Connection connection, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.extension",
                "case_id, days, reason, approved_by, approved_on")) {
            for (CaseDraft c : drafts) {
                for (CaseDraft.Extension e : c.extensions) {
                    copy.row(c.id, e.days(), e.reason(), e.approvedBy(), e.approvedOn());
                }
            }
            return copy.finish();
        }
    }
}
