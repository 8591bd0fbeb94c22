package org.fazhi.casework.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 全过程记录 (行政处罚法第四十七条): who took which step of a case and when, and every step refused with what the
 * refusal said, written by {@link Refusals} so that it survives the refused step's rollback.
 */
@Component
public class Timeline {

    static final String RECORD_TYPE = "casework.case_event";

    /** One line of the record; {@code to} is null for a refusal. */
    public record Entry(long id, Instant at, String username, String displayName, Transition transition,
                        @Nullable CaseState from, @Nullable CaseState to, boolean refused, @Nullable String detail,
                        @Nullable String legalBasis) {
    }

    /** Who acted: an account, or the system on an announcement from another module. */
    public record Actor(String username, String displayName) {
    }

    private final JdbcClient jdbc;
    private final Refusals refusals;
    private final CaseClock clock;

    Timeline(JdbcClient jdbc, Refusals refusals, CaseClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    public List<Entry> of(long caseId) {
        return jdbc.sql("select * from casework.case_event where case_id = ? order by id").param(caseId)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("username"), rs.getString("display_name"),
                        Transition.valueOf(rs.getString("transition")), state(rs.getString("from_state")),
                        state(rs.getString("to_state")), rs.getBoolean("refused"), rs.getString("detail"),
                        rs.getString("legal_basis")))
                .list();
    }

    /** The accounts that filed the case, recorded evidence or ended the investigation: its investigators. */
    Set<String> investigators(long caseId) {
        return Set.copyOf(jdbc.sql("""
                select distinct username from casework.case_event
                 where case_id = ? and not refused and transition in ('FILE', 'RECORD_EVIDENCE', 'SUBMIT_FOR_REVIEW')""")
                .param(caseId).query(String.class).list());
    }

    void accepted(long caseId, RegionCode county, Actor actor, Transition transition, @Nullable CaseState from,
                  CaseState to, @Nullable String detail) {
        jdbc.sql("""
                insert into casework.case_event (case_id, region_code, at, username, display_name, transition,
                       from_state, to_state, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, county.value(), Timestamp.from(clock.now()), actor.username(), actor.displayName(),
                        transition.name(), from == null ? null : from.name(), to.name(), detail).update();
    }

    /** Records the refusal as the user was told it, in its own transaction. */
    void refused(PenaltyCase refusedCase, Actor actor, Transition transition, RuleViolation refusal) {
        refusals.record(RECORD_TYPE, refusedCase.county(), refusal, List.of("transition", "refused", "detail"),
                said -> jdbc.sql("""
                        insert into casework.case_event (case_id, region_code, at, username, display_name, transition,
                               from_state, refused, detail, legal_basis) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)
                        returning id""")
                        .params(refusedCase.id(), refusedCase.county().value(), Timestamp.from(clock.now()),
                                actor.username(), actor.displayName(), transition.name(), refusedCase.state().name(),
                                said, refusal.legalBasis())
                        .query(Long.class).single());
    }

    private static @Nullable CaseState state(@Nullable String name) {
        return name == null ? null : CaseState.valueOf(name);
    }
}
