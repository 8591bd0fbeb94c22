package org.fazhi.inspection.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.visit.VisitCheck;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.PublishedContent;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks with their inspectors and approval steps; state changes check the version the user saw. */
@Repository
public class TaskRepository {

    static final String COLUMNS = """
            id, region_code, code, kind, origin, origin_note, plan_id, party_id, lead_agency_id, agency_ids, item_ids,
            window_from, window_to, emergency, status, frequency_outcome, frequency_reasons, code_version,
            checked_in_at, result, rectification_due, result_note, created_by, version""";

    /**
     * What the task list filters by: status, party, an agency taking part, kind, and a window (tasks whose window
     * overlaps {@code from}–{@code to}; either end may be open).
     */
    public record Search(@Nullable TaskStatus status, @Nullable Long partyId, @Nullable Long agencyId,
                         @Nullable TaskKind kind, @Nullable LocalDate from, @Nullable LocalDate to) {

        /** The task page's filters. */
        public Search(@Nullable TaskStatus status, @Nullable Long partyId) {
            this(status, partyId, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final PublishedContent published;

    TaskRepository(JdbcClient jdbc, PublishedContent published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    long insert(InspectionTask task) {
        published.changed("inspection");
        long id = jdbc.sql("""
                insert into inspection.task (region_code, kind, origin, origin_note, plan_id, party_id, lead_agency_id,
                       agency_ids, item_ids, window_from, window_to, emergency, status, frequency_outcome,
                       frequency_reasons, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(task.county().value(), task.kind().name(), task.origin().name(), task.originNote(),
                        task.planId(), task.partyId(), task.leadAgencyId(), task.agencyIds().toArray(Long[]::new),
                        task.itemIds().toArray(Long[]::new), task.windowFrom(), task.windowTo(), task.emergency(),
                        task.status().name(), task.frequencyOutcome().name(),
                        task.frequencyReasons().toArray(String[]::new), task.createdBy())
                .query(Long.class).single();
        for (TaskInspector inspector : task.inspectors()) {
            jdbc.sql("""
                    insert into inspection.task_inspector (task_id, officer_id, agency_id, name, certificate_number)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, inspector.officerId(), inspector.agencyId(), inspector.name(),
                            inspector.certificateNumber()).update();
        }
        for (Approval approval : task.approvals()) {
            jdbc.sql("insert into inspection.task_approval (task_id, position, step, reason) values (?, ?, ?, ?)")
                    .params(id, approval.position(), approval.step().name(), approval.reason()).update();
        }
        return id;
    }

    public Optional<InspectionTask> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from inspection.task where id = ?").param(id)
                .query((rs, row) -> map(rs)).optional().map(this::complete);
    }

    /** Several tasks in one query each for them, their inspectors and their approvals, in the order of the ids. */
    public List<InspectionTask> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, InspectionTask> found = complete(jdbc.sql("select " + COLUMNS + " from inspection.task where id = any(?)")
                .param(ids.toArray(Long[]::new)).query((rs, row) -> map(rs)).list()).stream()
                .collect(Collectors.toMap(InspectionTask::id, task -> task));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<Integer> codeVersion(long id) {
        return jdbc.sql("select code_version from inspection.task where id = ?").param(id)
                .query(Integer.class).optional();
    }

    /**
     * Tasks in the scope (an agency: those it takes part in), newest window first. Only the filters given become
     * conditions, so each combination gets its own plan rather than one generic plan full of "or is null".
     */
    public Page<InspectionTask> search(DataScope scope, Search search, PageRequest request) {
        String where = where(scope, search);
        long total = bind(jdbc.sql("select count(*) from inspection.task" + where), scope, search)
                .query(Long.class).single();
        var select = jdbc.sql("select " + COLUMNS + " from inspection.task" + where
                + " order by window_from desc, id desc limit :limit offset :offset");
        List<InspectionTask> tasks = bind(select, scope, search).param("limit", request.size())
                .param("offset", request.offset()).query((rs, row) -> map(rs)).list();
        return request.page(complete(tasks), total);
    }

    private static String where(DataScope scope, Search search) {
        StringBuilder where = new StringBuilder(" where region_code = left(:region, 6)");
        if (scope.agencyId() != null) {
            where.append(" and agency_ids @> array[:scopeAgency::bigint]");
        }
        if (search.agencyId() != null) {
            where.append(" and agency_ids @> array[:agency::bigint]");
        }
        if (search.status() != null) {
            where.append(" and status = :status");
        }
        if (search.partyId() != null) {
            where.append(" and party_id = :party");
        }
        if (search.kind() != null) {
            where.append(" and kind = :kind");
        }
        if (search.from() != null) {
            where.append(" and window_to >= :from");
        }
        if (search.to() != null) {
            where.append(" and window_from <= :to");
        }
        return where.toString();
    }

    /** A party's tasks from a day on, any status: its inspection calendar and its frequency history. */
    public List<InspectionTask> ofParty(long partyId, LocalDate from) {
        return complete(jdbc.sql("select " + COLUMNS
                        + " from inspection.task where party_id = ? and window_to >= ? order by window_from")
                .params(partyId, from).query((rs, row) -> map(rs)).list());
    }

    /**
     * The party's tasks open on the day, approved or checked in, whose window includes it: those a licence scan
     * may check in (with their inspectors, to tell whether the scanning officer is one of them).
     */
    public List<InspectionTask> openOn(long partyId, LocalDate day) {
        return complete(jdbc.sql("select " + COLUMNS + "\n" + """
                 from inspection.task where party_id = ? and status in ('APPROVED', 'CHECKED_IN')
                  and window_from <= ? and window_to >= ? order by window_from, id""")
                .params(partyId, day, day).query((rs, row) -> map(rs)).list());
    }

    void decide(long taskId, int position, boolean approved, String username, @Nullable String note) {
        jdbc.sql("""
                update inspection.task_approval set decision = ?, decided_by = ?, decided_at = now(), note = ?
                 where task_id = ? and position = ? and decision is null""")
                .params(approved ? "APPROVED" : "REFUSED", username, note, taskId, position).update();
    }

    void changeStatus(long id, int version, TaskStatus status, boolean bumpCode) {
        published.changed("inspection");
        int updated = jdbc.sql("""
                update inspection.task set status = ?, code_version = code_version + ?, version = version + 1
                 where id = ? and version = ?""")
                .params(status.name(), bumpCode ? 1 : 0, id, version).update();
        requireOne(updated, id);
    }

    void revokeOpenOfPlan(long planId) {
        published.changed("inspection");
        jdbc.sql("""
                update inspection.task set status = 'REVOKED', code_version = code_version + 1, version = version + 1
                 where plan_id = ? and status in ('AWAITING_APPROVAL', 'APPROVED', 'CHECKED_IN')""")
                .param(planId).update();
    }

    /** The first scan within the window checks the visit in; later scans change nothing. */
    public boolean checkIn(long id) {
        return jdbc.sql("""
                update inspection.task set status = 'CHECKED_IN', checked_in_at = now(), version = version + 1
                 where id = ? and status = 'APPROVED'""").param(id).update() == 1;
    }

    void conclude(long id, int version, InspectionResult result, @Nullable LocalDate rectificationDue,
                  @Nullable String note) {
        published.changed("inspection");
        int updated = jdbc.sql("""
                update inspection.task set status = 'CONCLUDED', result = ?, rectification_due = ?, result_note = ?,
                       concluded_at = now(), version = version + 1 where id = ? and version = ?""")
                .params(result.name(), rectificationDue, note, id, version).update();
        requireOne(updated, id);
    }

    /** Records a scan of a visit code or a business licence, genuine or not, and returns its id. */
    public long recordScan(@Nullable Long taskId, ScanKind kind, String outcome, boolean checkedIn,
                           @Nullable Long accountId, @Nullable String address) {
        return jdbc.sql("""
                insert into inspection.code_scan (task_id, kind, outcome, checked_in, account_id, remote_address)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, kind.name(), outcome, checkedIn, accountId, address).query(Long.class).single();
    }

    /** A task's recorded scans, newest first. */
    List<Visits.Scanned> scans(long taskId) {
        return jdbc.sql("""
                select scanned_at, outcome, account_id is not null from inspection.code_scan
                 where task_id = ? order by scanned_at desc, id desc limit 500""").param(taskId)
                .query((rs, row) -> new Visits.Scanned(rs.getTimestamp(1).toInstant(),
                        VisitCheck.Outcome.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .list();
    }

    private InspectionTask complete(InspectionTask task) {
        return complete(List.of(task)).get(0);
    }

    /** Adds the inspectors and approval steps of several tasks in two queries, whatever their number. */
    private List<InspectionTask> complete(List<InspectionTask> found) {
        if (found.isEmpty()) {
            return found;
        }
        Long[] ids = found.stream().map(InspectionTask::id).toArray(Long[]::new);
        Map<Long, List<TaskInspector>> inspectors = jdbc.sql("""
                select task_id, officer_id, agency_id, name, certificate_number from inspection.task_inspector
                 where task_id = any(?) order by task_id, officer_id""").param(ids)
                .query((rs, row) -> Map.entry(rs.getLong(1), new TaskInspector(rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Approval>> approvals = jdbc.sql("""
                select task_id, position, step, reason, decision, decided_by, decided_at, note
                  from inspection.task_approval where task_id = any(?) order by task_id, position""").param(ids)
                .query((rs, row) -> Map.entry(rs.getLong("task_id"), approval(rs, row)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return found.stream().map(task -> new InspectionTask(task.id(), task.county(), task.code(), task.kind(),
                task.origin(), task.originNote(), task.planId(), task.partyId(), task.leadAgencyId(), task.agencyIds(),
                task.itemIds(), task.windowFrom(), task.windowTo(), task.emergency(), task.status(),
                task.frequencyOutcome(), task.frequencyReasons(), task.codeVersion(), task.checkedInAt(),
                task.result(), task.rectificationDue(), task.resultNote(), task.createdBy(),
                inspectors.getOrDefault(task.id(), List.of()), approvals.getOrDefault(task.id(), List.of()),
                task.version())).toList();
    }

    /** Binds every filter's value; a value whose condition is not in the text is left out of the statement. */
    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Search search) {
        return spec.param("region", scope.region().value()).param("scopeAgency", scope.agencyId())
                .param("agency", search.agencyId())
                .param("status", search.status() == null ? null : search.status().name())
                .param("party", search.partyId()).param("kind", search.kind() == null ? null : search.kind().name())
                .param("from", search.from()).param("to", search.to());
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new StaleEdit("inspection task", id);
        }
    }

    private static Approval approval(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Approval(rs.getInt("position"), ApprovalStep.valueOf(rs.getString("step")), rs.getString("reason"),
                decision == null ? null : "APPROVED".equals(decision), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("note"));
    }

    static InspectionTask map(ResultSet rs) throws SQLException {
        Timestamp checkedIn = rs.getTimestamp("checked_in_at");
        String result = rs.getString("result");
        long planId = rs.getLong("plan_id");
        boolean noPlan = rs.wasNull();
        return new InspectionTask(rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getString("code"),
                TaskKind.valueOf(rs.getString("kind")), TaskOrigin.valueOf(rs.getString("origin")),
                rs.getString("origin_note"), noPlan ? null : planId, rs.getLong("party_id"),
                rs.getLong("lead_agency_id"), Arrays.asList((Long[]) rs.getArray("agency_ids").getArray()),
                Arrays.asList((Long[]) rs.getArray("item_ids").getArray()),
                rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
                rs.getBoolean("emergency"), TaskStatus.valueOf(rs.getString("status")),
                FrequencyVerdict.Outcome.valueOf(rs.getString("frequency_outcome")),
                Arrays.asList((String[]) rs.getArray("frequency_reasons").getArray()), rs.getInt("code_version"),
                checkedIn == null ? null : checkedIn.toInstant(), result == null ? null : InspectionResult.valueOf(result),
                rs.getObject("rectification_due", LocalDate.class), rs.getString("result_note"),
                rs.getString("created_by"), List.of(), List.of(), rs.getInt("version"));
    }
}
