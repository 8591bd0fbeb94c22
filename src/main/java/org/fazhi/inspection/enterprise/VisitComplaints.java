package org.fazhi.inspection.enterprise;

import java.time.Instant;
import java.util.List;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises' complaints about visits, answered by the justice bureau's supervisors. An agency sees the complaints
 * about its own visits but does not answer them: the bureau supervises the agencies.
 */
@Service
public class VisitComplaints {

    /** A complaint with the visit it is about. */
    public record Complaint(long id, long taskId, String taskCode, long partyId, String text, Instant createdAt,
                            @Nullable String answer, @Nullable String answeredBy) {
    }

    private static final String SELECT = """
            select c.id, c.task_id, t.code, c.party_id, c.text, c.created_at, c.answer, c.answered_by
              from inspection.visit_complaint c join inspection.task t on t.id = c.task_id
            """;

    /** The caller's county; for an agency, complaints about visits it took part in. */
    private static final String IN_SCOPE =
            " where c.region_code = left(?, 6) and (?::bigint is null or ? = any(t.agency_ids))";

    static final String RECORD_TYPE = "inspection.complaint";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    VisitComplaints(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The scope's latest 200 complaints, unanswered first. */
    public List<Complaint> list(SignedInUser user) {
        requireStaff(user);
        Long agency = user.scope().agencyId();
        return jdbc.sql(SELECT + IN_SCOPE + " order by (c.answer is null) desc, c.created_at desc limit 200")
                .params(user.region().value(), agency, agency).query(VisitComplaints::complaint).list();
    }

    /** A complaint in the caller's scope; any other answers 404. */
    public Complaint get(SignedInUser user, long id) {
        requireStaff(user);
        Long agency = user.scope().agencyId();
        return jdbc.sql(SELECT + IN_SCOPE + " and c.id = ?").params(user.region().value(), agency, agency, id)
                .query(VisitComplaints::complaint).optional()
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    private static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("enterprises see their complaints on their own page");
        }
    }

    /** One party's complaints, newest first: what its enterprise account sees of its own. */
    List<Complaint> ofParty(long partyId) {
        return jdbc.sql(SELECT + " where c.party_id = ? order by c.created_at desc, c.id desc limit 200")
                .param(partyId).query(VisitComplaints::complaint).list();
    }

    private static Complaint complaint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Complaint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
    }

    @Transactional
    public void answer(SignedInUser user, long id, @Nullable String answer) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedException("the justice bureau answers complaints about visits");
        }
        if (answer == null || answer.isBlank() || answer.length() > 2000) {
            throw InvalidInput.of("answer", "inspection.complaint.answer.required");
        }
        int updated = jdbc.sql("""
                update inspection.visit_complaint set answer = ?, answered_by = ?, answered_at = now()
                 where id = ? and region_code = left(?, 6) and answer is null""")
                .params(answer.strip(), user.getUsername(), id, user.region().value()).update();
        if (updated != 1) {
            throw new NotFound(RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, user.region().county(), List.of("answer")));
    }
}
