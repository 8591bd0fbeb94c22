package org.fazhi.casework.compulsion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 全过程记录 of a measure: who did which act and when, and every act refused with what the refusal said, written
 * in a transaction of its own after the refused act rolled back.
 */
@Component
class MeasureTimeline {

    static final String RECORD_TYPE = "casework.measure_event";

    /** One line of the record; {@code to} is null for a refusal. */
    public record Entry(Instant at, String username, String displayName, MeasureAct act, @Nullable MeasureState to,
                        boolean refused, @Nullable String detail, @Nullable String legalBasis) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final CaseClock clock;

    MeasureTimeline(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions, CaseClock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        String said = messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                Locale.SIMPLIFIED_CHINESE);
        ownTransaction.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                    insert into casework.measure_event (measure_id, region_code, at, username, display_name, act,
                           refused, detail, legal_basis) values (?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
                    .params(m.id(), m.county().value(), Timestamp.from(clock.now()), username, displayName, act.name(),
                            said, refusal.legalBasis())
                    .query(Long.class).single();
            events.publishEvent(DataChanged.created(RECORD_TYPE, id, m.county(), List.of("act", "refused", "detail")));
        });
    }
}
