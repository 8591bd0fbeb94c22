package org.fazhi.inspection.generation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.fazhi.inspection.task.Approval;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.platform.CopyRows;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes generated tasks and everything that hangs off them with COPY, inside the caller's transaction. Task ids
 * are taken from the table's own identity sequence first (COPY writes given identity values), in the order the
 * tasks were made, so ids grow with time as they do when tasks are made one by one.
 */
@Component
class InspectionRows {

    /** How many rows went into each table. */
    record Written(long tasks, long inspectors, long approvals, long scans, long ratings, long complaints,
                   long otherVisits, long checks) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    InspectionRows(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    Written write(RegionCode county, List<TaskDraft> tasks, List<OtherVisits.Visit> visits,
                  List<OffsetDateTime> forgedScans) {
        List<Long> ids = jdbc.sql("""
                select nextval(pg_get_serial_sequence('inspection.task', 'id')) from generate_series(1, ?)
                 order by 1""").param(tasks.size()).query(Long.class).list();
        for (int i = 0; i < tasks.size(); i++) {
            tasks.get(i).id = ids.get(i);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Written(tasks(connection, county, tasks), inspectors(connection, tasks),
                    approvals(connection, tasks), scans(connection, tasks, forgedScans), ratings(connection, county,
                    tasks), complaints(connection, county, tasks), otherVisits(connection, county, visits),
                    checks(connection, county, tasks));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the generated inspections of " + county, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long tasks(Connection connection, RegionCode county, List<TaskDraft> tasks) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.task", """
                id, region_code, kind, origin, origin_note, plan_id, party_id, lead_agency_id, agency_ids, item_ids,
                window_from, window_to, emergency, status, frequency_outcome, frequency_reasons, code_version,
                checked_in_at, result, rectification_due, result_note, concluded_at, created_by, created_at,
                version""")) {
            for (TaskDraft t : tasks) {
                copy.row(t.id, county.value(), t.kind.name(), t.origin.name(), t.originNote, t.planId, t.partyId,
                        t.leadAgencyId, t.agencyIds, t.itemIds, t.windowFrom, t.windowTo, false, t.status.name(),
                        t.verdict.outcome().name(), t.verdict.reasons(), t.codeVersion, t.checkedInAt,
                        t.result == null ? null : t.result.name(), t.rectificationDue, t.resultNote, t.concludedAt,
                        t.createdBy, t.createdAt, t.version);
            }
            return copy.finish();
        }
    }

    private static long inspectors(Connection connection, List<TaskDraft> tasks) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.task_inspector",
                "task_id, officer_id, agency_id, name, certificate_number")) {
            for (TaskDraft t : tasks) {
                for (TaskInspector inspector : t.inspectors) {
                    copy.row(t.id, inspector.officerId(), inspector.agencyId(), inspector.name(),
                            inspector.certificateNumber());
                }
            }
            return copy.finish();
        }
    }

    private static long approvals(Connection connection, List<TaskDraft> tasks) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.task_approval",
                "task_id, position, step, reason, decision, decided_by, decided_at, note")) {
            for (TaskDraft t : tasks) {
                for (Approval step : t.approvals) {
                    String decision = step.approved() == null ? null : step.approved() ? "APPROVED" : "REFUSED";
                    copy.row(t.id, step.position(), step.step().name(), step.reason(), decision, step.decidedBy(),
                            step.decidedAt(), step.note());
                }
            }
            return copy.finish();
        }
    }

    /** Each scan of a task's code; forged codes name no task. */
    private static long scans(Connection connection, List<TaskDraft> tasks, List<OffsetDateTime> forged)
            throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.code_scan", "task_id, outcome, scanned_at")) {
            for (TaskDraft t : tasks) {
                for (TaskDraft.Scan scan : t.scans) {
                    copy.row(t.id, scan.outcome(), scan.at());
                }
            }
            for (OffsetDateTime at : forged) {
                copy.row(null, "FORGED", at);
            }
            return copy.finish();
        }
    }

    private static long ratings(Connection connection, RegionCode county, List<TaskDraft> tasks)
            throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.evaluation", """
                task_id, region_code, party_id, lead_agency_id, conduct, professionalism, burden, comment,
                rated_at""")) {
            for (TaskDraft t : tasks) {
                TaskDraft.Rating r = t.rating;
                if (r != null) {
                    copy.row(t.id, county.value(), t.partyId, t.leadAgencyId, r.conduct(), r.professionalism(),
                            r.burden(), r.comment(), r.at());
                }
            }
            return copy.finish();
        }
    }

    private static long complaints(Connection connection, RegionCode county, List<TaskDraft> tasks)
            throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.visit_complaint",
                "task_id, region_code, party_id, text, created_at, answer, answered_by, answered_at")) {
            for (TaskDraft t : tasks) {
                TaskDraft.Complaint c = t.complaint;
                if (c != null) {
                    copy.row(t.id, county.value(), t.partyId, c.text(), c.at(), c.answer(), c.answeredBy(),
                            c.answeredAt());
                }
            }
            return copy.finish();
        }
    }

    /** The forms' records, each with its point's text as it was (检查表单). */
    private static long checks(Connection connection, RegionCode county, List<TaskDraft> tasks) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.check_record", """
                task_id, check_point_id, region_code, item_id, agency_id, position, content, standard, legal_basis,
                key_point, outcome, note, cited, recorded_by, recorded_at""")) {
            for (TaskDraft t : tasks) {
                for (TaskDraft.Check c : t.checks) {
                    copy.row(t.id, c.point().id(), county.value(), c.itemId(), c.agencyId(), c.point().position(),
                            c.point().content(), c.point().standard(), c.point().legalBasis(), c.point().keyPoint(),
                            c.outcome().name(), c.note(), c.cited(), c.recordedBy(), c.at());
                }
            }
            return copy.finish();
        }
    }

    private static long otherVisits(Connection connection, RegionCode county, List<OtherVisits.Visit> visits)
            throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "inspection.other_visit",
                "region_code, party_id, agency_id, kind, visited_on, purpose, recorded_by, recorded_at")) {
            for (OtherVisits.Visit v : visits) {
                copy.row(county.value(), v.partyId(), v.agencyId(), v.kind(), v.visitedOn(), v.purpose(),
                        v.recordedBy(), v.recordedAt());
            }
            return copy.finish();
        }
    }
}
