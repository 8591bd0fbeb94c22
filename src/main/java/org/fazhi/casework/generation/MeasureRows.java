package org.fazhi.casework.generation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.fazhi.casework.compulsion.LiftingReason;
import org.fazhi.platform.CopyRows;
import org.fazhi.shared.RegionCode;

/**
 * What {@link CaseRows} writes beside the general procedure's rows, with COPY: the on-the-spot part of the
 * simple-procedure cases, and the measures on property with their lists and timelines (the measures' ids drawn).
 */
final class MeasureRows {

    private MeasureRows() {
    }

    static long spots(Connection connection, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.on_the_spot", """
                case_id, party_kind, place, certificates_shown, statement, rights_waived, collected, hard_to_collect,
                receipt_number, report_due, reported_on, reported_by""")) {
            for (CaseDraft c : drafts) {
                CaseDraft.Spot s = c.spot;
                if (s != null) {
                    copy.row(c.id, s.partyKind().name(), s.place(), true, s.statement(), s.waived(), s.collected(),
                            false, s.receiptNumber(), s.reportDue(), s.reportedOn(), s.reportedBy());
                }
            }
            return copy.finish();
        }
    }

    /** The measures and, after them, their lists; the count of measures. */
    static long measures(Connection connection, RegionCode county, List<CaseDraft> drafts) throws SQLException {
        long measures;
        try (CopyRows copy = new CopyRows(connection, "casework.compulsory_measure", """
                id, case_id, region_code, agency_id, kind, state, urgent, reason, legal_basis, place_kept, officer_ids,
                taken_at, approved_by, approved_at, approval_note, started_on, due_on, provisional, extension_days,
                extension_reason, extended_by, extended_on, lifted_on, lifting_reason, confiscated_on, closed_on,
                created_by, created_at, version""")) {
            for (CaseDraft c : drafts) {
                for (MeasureDraft m : c.measures) {
                    copy.row(m.id, c.id, county.value(), c.agencyId, m.kind.name(), m.state.name(), m.urgent, m.reason,
                            m.legalBasis, m.placeKept, m.officerIds, m.takenAt, m.approvedBy, m.approvedAt,
                            m.approvedAt == null ? null
                                    : m.liftingReason == LiftingReason.NOT_APPROVED ? "不符合实施条件，不予批准" : "同意", m.startedOn, m.dueOn, m.provisional,
                            m.extendedOn == null ? null : m.extensionDays, m.extensionReason,
                            m.extendedOn == null ? null : "gen-legal", m.extendedOn, m.liftedOn,
                            m.liftingReason == null ? null : m.liftingReason.name(), m.confiscatedOn, m.closedOn,
                            m.events.get(0).username(), m.events.get(0).at(), m.version());
                }
            }
            measures = copy.finish();
        }
        try (CopyRows copy = new CopyRows(connection, "casework.measure_item",
                "measure_id, line, name, quantity, unit, condition, returned_on, returned_to")) {
            for (CaseDraft c : drafts) {
                for (MeasureDraft m : c.measures) {
                    for (MeasureDraft.Item item : m.items) {
                        copy.row(m.id, item.line(), item.name(), item.quantity(), item.unit(), "完好",
                                item.returnedOn(), item.returnedOn() == null ? null : "当事人");
                    }
                }
            }
            copy.finish();
        }
        return measures;
    }

    static long events(Connection connection, RegionCode county, List<CaseDraft> drafts) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "casework.measure_event",
                "measure_id, region_code, at, username, display_name, act, to_state, detail")) {
            for (CaseDraft c : drafts) {
                for (MeasureDraft m : c.measures) {
                    for (MeasureDraft.Event e : m.events) {
                        copy.row(m.id, county.value(), e.at(), e.username(), e.displayName(), e.act().name(),
                                e.to().name(), e.detail());
                    }
                }
            }
            return copy.finish();
        }
    }
}
