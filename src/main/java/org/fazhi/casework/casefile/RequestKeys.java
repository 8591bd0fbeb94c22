package org.fazhi.casework.casefile;

import java.util.Objects;
import java.util.Optional;

import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Request keys (幂等键): a client names each step it asks for with a key of its own; the key is claimed in the
 * step's transaction and stored with its outcome. A retry of a step that committed finds the key and gets the first
 * outcome; a retry racing the first waits for it (the key's row is locked until the first commits or rolls back).
 */
@Component
class RequestKeys {

    private final JdbcClient jdbc;

    RequestKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the key is new (and now claimed); the first outcome when the step was already taken with it. */
    Optional<Outcome> claim(String key, String username, @Nullable Long caseId, Transition transition) {
        if (key.isBlank() || key.length() < 8 || key.length() > 100) {
            throw InvalidInput.of("requestKey", "casework.request-key.invalid");
        }
        int claimed = jdbc.sql("""
                insert into casework.request_key (request_key, username, case_id, transition) values (?, ?, ?, ?)
                on conflict (request_key) do nothing""")
                .params(key, username, caseId, transition.name()).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(earlier(key, username, caseId, transition));
    }

    void complete(String key, Outcome outcome) {
        jdbc.sql("""
                update casework.request_key set case_id = ?, from_state = ?, to_state = ?, version = ?
                 where request_key = ?""")
                .params(outcome.caseId(), outcome.from() == null ? null : outcome.from().name(), outcome.to().name(),
                        outcome.version(), key).update();
    }

    /** The same key for another user, case or step is a client's mistake, not a retry. */
    private Outcome earlier(String key, String username, @Nullable Long caseId, Transition transition) {
        return jdbc.sql("select * from casework.request_key where request_key = ?").param(key)
                .query((rs, row) -> {
                    boolean same = rs.getString("username").equals(username)
                            && rs.getString("transition").equals(transition.name())
                            && (caseId == null || Objects.equals(rs.getObject("case_id", Long.class), caseId));
                    if (!same || rs.getString("to_state") == null) {
                        throw InvalidInput.of("requestKey", "casework.request-key.reused");
                    }
                    String from = rs.getString("from_state");
                    return new Outcome(rs.getLong("case_id"), transition, from == null ? null : CaseState.valueOf(from),
                            CaseState.valueOf(rs.getString("to_state")), rs.getInt("version"));
                }).single();
    }
}
