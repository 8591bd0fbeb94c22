package org.fazhi.inspection.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.VisitRated;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskRepository;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's side of inspections: its visits (past, and approved ones announced ahead), rating a visit once
 * it has happened, and complaining about one. An enterprise account sees only the party it speaks for.
 */
@Service
public class EnterpriseInspections {

    /** Visits whose status the enterprise sees: announced, under way or done (not drafts refused internally). */
    private static final List<TaskStatus> SHOWN = List.of(TaskStatus.APPROVED, TaskStatus.CHECKED_IN,
            TaskStatus.CONCLUDED, TaskStatus.REVOKED);

    private final TaskRepository tasks;
    private final VisitComplaints complaints;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseInspections(TaskRepository tasks, VisitComplaints complaints, JdbcClient jdbc,
                          ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public List<InspectionTask> visits(SignedInUser user) {
        long party = partyOf(user);
        return tasks.ofParty(party, LocalDate.now(clock).minusYears(5)).stream()
                .filter(task -> SHOWN.contains(task.status()) || task.emergency() && task.status().isOpen())
                .sorted((a, b) -> b.windowFrom().compareTo(a.windowFrom())).toList();
    }

    public Map<Long, Evaluation> evaluations(SignedInUser user) {
        return jdbc.sql("""
                select task_id, conduct, professionalism, burden, comment, rated_at from inspection.evaluation
                 where party_id = ?""").param(partyOf(user))
                .query((rs, row) -> new Evaluation(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list().stream().collect(Collectors.toMap(Evaluation::taskId, Function.identity()));
    }

    /** A visit may be rated once, after the enterprise checked it in or it was concluded. */
    @Transactional
    public void rate(SignedInUser user, long taskId, EvaluationForm form) {
        InspectionTask task = ownTask(user, taskId);
        if (task.status() != TaskStatus.CHECKED_IN && task.status() != TaskStatus.CONCLUDED) {
            throw RuleViolation.of("inspection.evaluation.not-yet");
        }
        int inserted = jdbc.sql("""
                insert into inspection.evaluation (task_id, region_code, party_id, lead_agency_id, account_id, conduct,
                       professionalism, burden, comment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing""")
                .params(taskId, task.county().value(), task.partyId(), task.leadAgencyId(), user.accountId(),
                        form.conduct(), form.professionalism(), form.burden(), blankToNull(form.comment()))
                .update();
        if (inserted == 0) {
            throw RuleViolation.of("inspection.evaluation.already");
        }
        events.publishEvent(DataChanged.created("inspection.evaluation", taskId, task.county(),
                List.of("conduct", "professionalism", "burden", "comment")));
        events.publishEvent(new VisitRated(taskId, task.code(), task.county(), task.partyId(), task.leadAgencyId(),
                form.conduct(), form.professionalism(), form.burden(), LocalDate.now(clock)));
    }

    /** Returns the new complaint's id. */
    @Transactional
    public long complain(SignedInUser user, long taskId, @Nullable String text) {
        InspectionTask task = ownTask(user, taskId);
        if (text == null || text.strip().length() < 5 || text.length() > 2000) {
            throw InvalidInput.of("text", "inspection.complaint.text.size");
        }
        long id = jdbc.sql("""
                insert into inspection.visit_complaint (task_id, region_code, party_id, account_id, text)
                values (?, ?, ?, ?, ?) returning id""")
                .params(taskId, task.county().value(), task.partyId(), user.accountId(), text.strip())
                .query(Long.class).single();
        events.publishEvent(DataChanged.created(VisitComplaints.RECORD_TYPE, id, task.county(), List.of("text")));
        return id;
    }

    /** The enterprise's own complaints with the bureau's answers. */
    public List<VisitComplaints.Complaint> complaints(SignedInUser user) {
        return complaints.ofParty(partyOf(user));
    }

    /** Average ratings of the visits led by the scope's agencies: what officers and agencies see of ratings. */
    public record Average(long count, double conduct, double professionalism, double burden) {
    }

    public Average average(DataScope scope) {
        return jdbc.sql("""
                select count(*), coalesce(avg(conduct), 0), coalesce(avg(professionalism), 0), coalesce(avg(burden), 0)
                  from inspection.evaluation where region_code = left(?, 6) and (?::bigint is null or lead_agency_id = ?)""")
                .params(scope.region().value(), scope.agencyId(), scope.agencyId())
                .query((rs, row) -> new Average(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .single();
    }

    /** The supervisors' view of one visit's rating; agencies get averages only. */
    public Optional<Evaluation> evaluationFor(SignedInUser user, long taskId) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select task_id, conduct, professionalism, burden, comment, rated_at from inspection.evaluation
                 where task_id = ?""").param(taskId)
                .query((rs, row) -> new Evaluation(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())).optional();
    }

    private InspectionTask ownTask(SignedInUser user, long taskId) {
        long party = partyOf(user);
        return tasks.find(taskId).filter(task -> task.partyId() == party && SHOWN.contains(task.status()))
                .orElseThrow(() -> new NotFound("inspection.task", taskId));
    }

    private static long partyOf(SignedInUser user) {
        if (!user.hasRole(Role.ENTERPRISE) || user.partyId() == null) {
            throw new AccessDeniedException("only an enterprise account sees its own inspections");
        }
        return user.partyId();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
