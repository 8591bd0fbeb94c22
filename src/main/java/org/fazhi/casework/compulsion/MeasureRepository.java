package org.fazhi.casework.compulsion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.casework.compulsion.CompulsoryMeasure.Approval;
import org.fazhi.casework.compulsion.CompulsoryMeasure.Extension;
import org.fazhi.casework.compulsion.CompulsoryMeasure.Lifting;
import org.fazhi.casework.compulsion.CompulsoryMeasure.Period;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measures and their lists in {@code casework.compulsory_measure} and {@code casework.measure_item}. */
@Repository
class MeasureRepository {

    static final String RECORD_TYPE = "casework.compulsory_measure";

    private final JdbcClient jdbc;

    MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CompulsoryMeasure> find(long id) {
        return jdbc.sql("select * from casework.compulsory_measure where id = ?").param(id)
                .query((rs, row) -> measure(rs, items(rs.getLong("id")))).optional();
    }

    List<CompulsoryMeasure> ofCase(long caseId) {
        return jdbc.sql("select * from casework.compulsory_measure where case_id = ? order by id").param(caseId)
                .query((rs, row) -> measure(rs, items(rs.getLong("id")))).list();
    }

    /** The open measures in the scope, those due first; the agency filter narrows a county-wide scope. */
    List<CompulsoryMeasure> open(DataScope scope, @Nullable Long agency) {
        return jdbc.sql("""
                select * from casework.compulsory_measure
                 where state in ('PROPOSED', 'URGENT', 'IN_FORCE', 'LIFTED')
                   and region_code like :region and (cast(:scopeAgency as bigint) is null or agency_id = :scopeAgency)
                   and (cast(:agency as bigint) is null or agency_id = :agency)
                 order by due_on nulls first, id""")
                .param("region", scope.regionPattern()).param("scopeAgency", scope.agencyId())
                .param("agency", agency)
                .query((rs, row) -> measure(rs, items(rs.getLong("id")))).list();
    }

    /** The codes of these cases, by id. */
    Map<Long, String> caseCodes(Collection<Long> caseIds) {
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select id, code from casework.penalty_case where id = any(?)")
                .param(caseIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                });
        return codes;
    }

    long insert(CompulsoryMeasure m) {
        long id = jdbc.sql("""
                insert into casework.compulsory_measure (case_id, region_code, agency_id, kind, state, urgent, reason,
                       legal_basis, place_kept, officer_ids, taken_at, started_on, due_on, provisional, decision_number,
                       created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(m.caseId(), m.county().value(), m.agencyId(), m.kind().name(), m.state().name(), m.urgent(),
                        m.reason(), m.legalBasis(), m.placeKept(), m.officerIds().toArray(Long[]::new),
                        timestamp(m.takenAt()), m.period() == null ? null : m.period().startedOn(),
                        m.period() == null ? null : m.period().dueOn(), m.period() != null && m.period().provisional(),
                        m.decisionNumber(), m.createdBy())
                .query(Long.class).single();
        for (MeasureItem item : m.items()) {
            jdbc.sql("""
                    insert into casework.measure_item (measure_id, line, name, specification, quantity, unit,
                           condition, place_kept) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, item.line(), item.name(), item.specification(), item.quantity(), item.unit(),
                            item.condition(), item.placeKept()).update();
        }
        return id;
    }

    /** Saves the measure as changed from the version read; another change since then is a stale edit. */
    CompulsoryMeasure save(CompulsoryMeasure m) {
        Approval a = m.approval();
        Period p = m.period();
        Extension e = m.extension();
        Lifting l = m.lifting();
        int updated = jdbc.sql("""
                update casework.compulsory_measure set state = ?, taken_at = ?, approved_by = ?, approved_at = ?,
                       approval_note = ?, started_on = ?, due_on = ?, provisional = ?, decision_number = ?,
                       extension_days = ?, extension_reason = ?, extended_by = ?, extended_on = ?,
                       extension_number = ?, lifted_on = ?, lifting_reason = ?, lifting_note = ?, lifting_number = ?,
                       confiscated_on = ?,
                       closed_on = ?, version = version + 1,
                       due_raised_at = case when due_on is not distinct from ? then due_raised_at end,
                       overdue_raised_at = case when due_on is not distinct from ? then overdue_raised_at end
                 where id = ? and version = ?""")
                .params(m.state().name(), timestamp(m.takenAt()), a == null ? null : a.by(),
                        a == null ? null : timestamp(a.at()), a == null ? null : a.note(),
                        p == null ? null : p.startedOn(), p == null ? null : p.dueOn(), p != null && p.provisional(),
                        m.decisionNumber(), e == null ? null : e.days(), e == null ? null : e.reason(),
                        e == null ? null : e.by(), e == null ? null : e.on(), e == null ? null : e.number(),
                        l == null ? null : l.on(), l == null ? null : l.reason().name(), l == null ? null : l.note(),
                        l == null ? null : l.number(),
                        m.confiscatedOn(), m.closedOn(), p == null ? null : p.dueOn(), p == null ? null : p.dueOn(),
                        m.id(), m.version())
                .update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, m.id());
        }
        for (MeasureItem item : m.items()) {
            jdbc.sql("update casework.measure_item set returned_on = ?, returned_to = ? where measure_id = ? and line = ?")
                    .params(item.returnedOn(), item.returnedTo(), m.id(), item.line()).update();
        }
        return find(m.id()).orElseThrow();
    }

    private List<MeasureItem> items(long measureId) {
        return jdbc.sql("select * from casework.measure_item where measure_id = ? order by line").param(measureId)
                .query((rs, row) -> new MeasureItem(rs.getInt("line"), rs.getString("name"),
                        rs.getString("specification"), rs.getBigDecimal("quantity"), rs.getString("unit"),
                        rs.getString("condition"), rs.getString("place_kept"), rs.getObject("returned_on", LocalDate.class),
                        rs.getString("returned_to")))
                .list();
    }

    private static CompulsoryMeasure measure(ResultSet rs, List<MeasureItem> items) throws SQLException {
        String approvedBy = rs.getString("approved_by");
        LocalDate startedOn = rs.getObject("started_on", LocalDate.class);
        Integer extensionDays = rs.getObject("extension_days", Integer.class);
        LocalDate liftedOn = rs.getObject("lifted_on", LocalDate.class);
        String state = rs.getString("state");
        return new CompulsoryMeasure(rs.getLong("id"), rs.getLong("case_id"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), MeasureKind.valueOf(rs.getString("kind")), MeasureState.valueOf(state),
                rs.getBoolean("urgent"), rs.getString("reason"), rs.getString("legal_basis"), rs.getString("place_kept"),
                longs(rs.getArray("officer_ids")), items, instant(rs.getTimestamp("taken_at")),
                approvedBy == null ? null : new Approval(!"REFUSED".equals(state) && !refusedUrgent(rs), approvedBy,
                        instant(rs.getTimestamp("approved_at")), rs.getString("approval_note")),
                startedOn == null ? null : new Period(startedOn, rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("provisional")),
                rs.getString("decision_number"),
                extensionDays == null ? null : new Extension(extensionDays, rs.getString("extension_reason"),
                        rs.getString("extended_by"), rs.getObject("extended_on", LocalDate.class),
                        rs.getString("extension_number")),
                liftedOn == null ? null : new Lifting(liftedOn, LiftingReason.valueOf(rs.getString("lifting_reason")),
                        rs.getString("lifting_note"), rs.getString("lifting_number")),
                rs.getObject("confiscated_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("created_by"), rs.getInt("version"));
    }

    private static boolean refusedUrgent(ResultSet rs) throws SQLException {
        return LiftingReason.NOT_APPROVED.name().equals(rs.getString("lifting_reason"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
