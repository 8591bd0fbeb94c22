package org.fazhi.casework.compulsion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.casework.casefile.Refusals;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 全过程记录 of a measure: who did which act and when, and every act refused with what the refusal said, written
 * by {@link Refusals} so that it survives the refused act's rollback.
 */
@Component
class MeasureTimeline {

    static final String RECORD_TYPE = "casework.measure_event";

    /** One line of the record; {@code to} is null for a refusal. */
    public record Entry(Instant at, String username, String displayName, MeasureAct act, @Nullable MeasureState to,
                        boolean refused, @Nullable String detail, @Nullable String legalBasis) {
    }

    private final JdbcClient jdbc;
    private final Refusals refusals;
    private final CaseClock clock;

    MeasureTimeline(JdbcClient jdbc, Refusals refusals, CaseClock clock) {
        this.jdbc = jdbc;
        this.refusals = refusals;
        this.clock = clock;
    }

    List<Entry> of(long measureId) {
        return jdbc.sql("select * from casework.measure_event where measure_id = ? order by id").param(measureId)
                .query((rs, row) -> {
                    String to = rs.getString("to_state");
                    return new Entry(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                            rs.getString("display_name"), MeasureAct.valueOf(rs.getString("act")),
                            to == null ? null : MeasureState.valueOf(to), rs.getBoolean("refused"),
                            rs.getString("detail"), rs.getString("legal_basis"));
                }).list();
    }

    void accepted(CompulsoryMeasure m, String username, String displayName, MeasureAct act, @Nullable String detail) {
        jdbc.sql("""
                insert into casework.measure_event (measure_id, region_code, at, username, display_name, act, to_state,
                       detail) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.county().value(), Timestamp.from(clock.now()), username, displayName, act.name(),
                        m.state().name(), detail).update();
    }

    void refused(CompulsoryMeasure m, String username, String displayName, MeasureAct act, RuleViolation refusal) {
        refusals.record(RECORD_TYPE, m.county(), refusal, List.of("act", "refused", "detail"), said -> jdbc.sql("""
                insert into casework.measure_event (measure_id, region_code, at, username, display_name, act,
                       refused, detail, legal_basis) values (?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
                .params(m.id(), m.county().value(), Timestamp.from(clock.now()), username, displayName, act.name(),
                        said, refusal.legalBasis())
                .query(Long.class).single());
    }
}
