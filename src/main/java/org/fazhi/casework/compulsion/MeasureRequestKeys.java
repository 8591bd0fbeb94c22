package org.fazhi.casework.compulsion;

import java.util.Objects;
import java.util.Optional;

import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Request keys of acts on measures, as the case steps have theirs: claimed in the act's transaction, stored with
 * its outcome; a retry after the commit gets the first outcome, one racing the first waits on the key's row.
 */
@Component
class MeasureRequestKeys {

    private final JdbcClient jdbc;

    MeasureRequestKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the key is new (and now claimed); the first outcome when the act was already done with it. */
    Optional<MeasureOutcome> claim(@Nullable String key, String username, @Nullable Long measureId, MeasureAct act) {
        if (key == null || key.isBlank() || key.length() < 8 || key.length() > 100) {
            throw InvalidInput.of("requestKey", "casework.request-key.invalid");
        }
        int claimed = jdbc.sql("""
                insert into casework.measure_request_key (request_key, username, measure_id, act) values (?, ?, ?, ?)
                on conflict (request_key) do nothing""")
                .params(key, username, measureId, act.name()).update();
        return claimed == 1 ? Optional.empty() : Optional.of(earlier(key, username, measureId, act));
    }

    void complete(String key, MeasureOutcome outcome) {
        jdbc.sql("update casework.measure_request_key set measure_id = ?, to_state = ?, version = ? where request_key = ?")
                .params(outcome.measureId(), outcome.state().name(), outcome.version(), key).update();
    }

    /** The same key for another user, measure or act is a client's mistake, not a retry. */
    private MeasureOutcome earlier(String key, String username, @Nullable Long measureId, MeasureAct act) {
        return jdbc.sql("select * from casework.measure_request_key where request_key = ?").param(key)
                .query((rs, row) -> {
                    boolean same = rs.getString("username").equals(username) && rs.getString("act").equals(act.name())
                            && (measureId == null || Objects.equals(rs.getObject("measure_id", Long.class), measureId));
                    if (!same || rs.getString("to_state") == null) {
                        throw InvalidInput.of("requestKey", "casework.request-key.reused");
                    }
                    return new MeasureOutcome(rs.getLong("measure_id"), act, MeasureState.valueOf(rs.getString("to_state")),
                            rs.getInt("version"));
                }).single();
    }
}
