package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待整改: what an agency's legal office has to answer — its opinions and decisions waiting for measures, with the
 * deadline in force, overdue ones first, and why measures came back — and what it answered that waits for the
 * supervisor's acceptance. Supervisors, leaders and administrators see the same of their whole scope. Only the
 * caller's scope is read: an agency never sees another agency's opinions.
 */
@Component
class DueOpinions {

    /** One opinion waiting for someone: the agency (to answer) or the supervisor (to accept). */
    record Due(long id, String number, @Nullable String decisionNumber, long agencyId, String agencyName,
               LocalDate issuedOn, LocalDate deadline, boolean provisional, OpinionState state, int problems,
               @Nullable String returnNote, @Nullable LocalDate answeredOn, long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }
    }

    /** The two lists of the page: to answer (overdue first, then by deadline) and answered, awaiting acceptance. */
    record Worklist(List<Due> toAnswer, List<Due> awaitingAcceptance) {

        public long overdue() {
            return toAnswer.stream().filter(Due::overdue).count();
        }
    }

    static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final SupervisedAgencies names;
    private final Clock clock;

    DueOpinions(JdbcClient jdbc, SupervisedAgencies names, Clock clock) {
        this.jdbc = jdbc;
        this.names = names;
        this.clock = clock;
    }

    Worklist of(SignedInUser user) {
        Callers.requireReader(user);
        LocalDate today = LocalDate.now(clock);
        List<Due> due = read(user.scope(), today);
        return new Worklist(due.stream().filter(d -> d.state().awaitsAnswer()).toList(),
                due.stream().filter(d -> d.state() == OpinionState.ANSWERED).toList());
    }

    private List<Due> read(DataScope scope, LocalDate today) {
        return jdbc.sql("""
                        select o.id, o.number, o.decision_number, o.agency_id, o.issued_on, o.state,
                               coalesce(o.decision_deadline, o.deadline) as due_on,
                               (o.decision_deadline is null and o.deadline_provisional) as provisional,
                               (select count(*) from supervision.finding f where f.opinion_id = o.id) as problems,
                               (select r.review_note from supervision.rectification r where r.opinion_id = o.id
                                  and r.state = 'RETURNED' order by r.id desc limit 1) as return_note,
                               (select max(r.submitted_on) from supervision.rectification r
                                 where r.opinion_id = o.id and r.state = 'SUBMITTED') as answered_on
                          from supervision.opinion o
                         where o.region_code like :region and (:agency::bigint is null or o.agency_id = :agency)
                           and o.state in ('ISSUED', 'RETURNED', 'ESCALATED', 'ANSWERED')
                         order by coalesce(o.decision_deadline, o.deadline) < :today desc,
                                  coalesce(o.decision_deadline, o.deadline), o.id
                         limit :limit""")
                .param("region", scope.regionPattern()).param("agency", scope.agencyId()).param("today", today)
                .param("limit", MAX_ROWS)
                .query((rs, n) -> {
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    long agencyId = rs.getLong("agency_id");
                    return new Due(rs.getLong("id"), rs.getString("number"), rs.getString("decision_number"),
                            agencyId, names.of(agencyId), rs.getObject("issued_on", LocalDate.class), dueOn,
                            rs.getBoolean("provisional"), OpinionState.valueOf(rs.getString("state")),
                            rs.getInt("problems"), rs.getString("return_note"),
                            rs.getObject("answered_on", LocalDate.class),
                            ChronoUnit.DAYS.between(today, dueOn));
                }).list();
    }
}
