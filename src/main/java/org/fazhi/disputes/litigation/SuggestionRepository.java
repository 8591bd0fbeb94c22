package org.fazhi.disputes.litigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Judicial and procuratorial suggestions, in {@code disputes.judicial_suggestion}; every list takes a data scope. */
@Repository
class SuggestionRepository {

    static final String RECORD_TYPE = "disputes.suggestion";

    private final JdbcClient jdbc;

    SuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Suggestion s) {
        return jdbc.sql("""
                insert into disputes.judicial_suggestion (region_code, kind, issuer, agency_id, received_on,
                    reply_due_on, content) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.county().value(), s.kind().name(), s.issuer(), s.agencyId(), s.receivedOn(),
                        s.replyDueOn(), s.content())
                .query(Long.class).single();
    }

    void save(Suggestion s) {
        int updated = jdbc.sql("update disputes.judicial_suggestion set replied_on = ?, reply = ?, "
                        + "version = version + 1 where id = ? and version = ?")
                .params(s.repliedOn(), s.reply(), s.id(), s.version()).update();
        if (updated == 0) {
            throw new StaleEdit(RECORD_TYPE, s.id());
        }
    }

    Optional<Suggestion> find(long id) {
        return jdbc.sql("select * from disputes.judicial_suggestion where id = ?").param(id)
                .query((rs, n) -> suggestion(rs)).optional();
    }

    /** The scope's suggestions of {@code year} received, newest first. */
    List<Suggestion> of(DataScope scope, int year) {
        return jdbc.sql("""
                select * from disputes.judicial_suggestion
                 where region_code like ? and (cast(? as bigint) is null or agency_id = ?)
                   and extract(year from received_on) = ?
                 order by received_on desc, id desc""")
                .params(scope.regionPattern(), scope.agencyId(), scope.agencyId(), year)
                .query((rs, n) -> suggestion(rs)).list();
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                SuggestionKind.valueOf(rs.getString("kind")), rs.getString("issuer"), rs.getLong("agency_id"),
                rs.getObject("received_on", java.time.LocalDate.class),
                rs.getObject("reply_due_on", java.time.LocalDate.class), rs.getString("content"),
                rs.getObject("replied_on", java.time.LocalDate.class), rs.getString("reply"), rs.getInt("version"));
    }
}
