package org.fazhi.supervision.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.DataScope;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts' queries, always within a data scope, and their changes of state (each checked against its version). */
@Repository
class AlertRepository {

    static final String RECORD_TYPE = "supervision.alert";

    /** An alert as stored; the service adds the rule's title, the agency's name and the record's link. */
    record Stored(long id, String ruleCode, String subjectType, long subjectId, String subjectReference,
                  String county, @Nullable Long agencyId, LocalDate since, String summary, AlertState state,
                  LocalDate raisedOn, @Nullable Long ownerAccountId, @Nullable String ownerName,
                  @Nullable LocalDate endedOn, @Nullable String endReason, int version) {
    }

    /** One line of an alert's history. */
    public record HistoryLine(Instant at, String username, String displayName, String act, @Nullable String detail) {
    }

    /** How many alerts, by a key (a rule's code, an agency's id, a month). */
    record Count(String key, long total, long live) {
    }

    private static final String COLUMNS = """
            id, rule_code, subject_type, subject_id, subject_reference, region_code, agency_id, since, summary, state,
            raised_on, owner_account_id, owner_name, ended_on, end_reason, version""";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; the county's index answers the scope and the order. */
    Page<Stored> search(DataScope scope, AlertSearch search, PageRequest request) {
        Filter filter = filter(scope, search);
        List<Stored> rows = jdbc.sql("select " + COLUMNS + " from supervision.alert a where " + filter.where
                        + " order by raised_at desc, id desc limit :limit offset :offset")
                .params(filter.params).param("limit", request.size()).param("offset", request.offset())
                .query(AlertRepository::stored).list();
        long total = jdbc.sql("select count(*) from supervision.alert a where " + filter.where).params(filter.params)
                .query(Long.class).single();
        return request.page(rows, total);
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision.alert where id = ?").param(id)
                .query(AlertRepository::stored).optional();
    }

    List<HistoryLine> history(long id) {
        return jdbc.sql("""
                select at, username, display_name, act, detail from supervision.alert_event
                 where alert_id = ? order by id""").param(id)
                .query((rs, row) -> new HistoryLine(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** Counts over the same filters, grouped by {@code rule_code}, {@code agency_id} or the month raised. */
    List<Count> counts(DataScope scope, AlertSearch search, String by) {
        String key = switch (by) {
            case "rule" -> "rule_code";
            case "agency" -> "coalesce(agency_id::text, '')";
            default -> "to_char(raised_on, 'YYYY-MM')";
        };
        Filter filter = filter(scope, search);
        return jdbc.sql("select " + key + ", count(*), count(*) filter (where state in ('OPEN', 'ACKNOWLEDGED'))"
                        + " from supervision.alert a where " + filter.where + " group by 1 order by 2 desc, 1")
                .params(filter.params)
                .query((rs, row) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    boolean acknowledge(long id, int version, String username, long accountId, String displayName) {
        return jdbc.sql("""
                update supervision.alert set state = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = :user,
                       owner_account_id = coalesce(owner_account_id, :account),
                       owner_name = coalesce(owner_name, :name), version = version + 1
                 where id = :id and version = :version and state = 'OPEN'""")
                .param("user", username).param("account", accountId).param("name", displayName).param("id", id)
                .param("version", version).update() == 1;
    }

    boolean end(long id, int version, AlertState to, LocalDate today, String username, String reason) {
        return jdbc.sql("""
                update supervision.alert set state = :to, ended_at = now(), ended_on = :today, ended_by = :user,
                       end_reason = :reason, version = version + 1
                 where id = :id and version = :version and state in ('OPEN', 'ACKNOWLEDGED')""")
                .param("to", to.name()).param("today", today).param("user", username).param("reason", reason)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean assign(long id, int version, long accountId, String displayName) {
        return jdbc.sql("""
                update supervision.alert set owner_account_id = :account, owner_name = :name, version = version + 1
                 where id = :id and version = :version and state in ('OPEN', 'ACKNOWLEDGED')""")
                .param("account", accountId).param("name", displayName).param("id", id).param("version", version)
                .update() == 1;
    }

    void log(long id, String username, String displayName, String act, @Nullable String detail) {
        jdbc.sql("""
                insert into supervision.alert_event (alert_id, username, display_name, act, detail)
                values (?, ?, ?, ?, ?)""").params(id, username, displayName, act, detail).update();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    /** The scope first (a county's alerts, or an agency's), then each filter given. */
    private static Filter filter(DataScope scope, AlertSearch search) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        where.add("a.region_code = :county");
        params.put("county", scope.region().county().value());
        if (scope.agencyId() != null) {
            where.add("a.agency_id = :ownAgency");
            params.put("ownAgency", scope.agencyId());
        }
        if (search.rule() != null && !search.rule().isBlank()) {
            where.add("a.rule_code = :rule");
            params.put("rule", search.rule().strip());
        }
        if (search.agency() != null) {
            where.add("a.agency_id = :agency");
            params.put("agency", search.agency());
        }
        if (search.state() != null) {
            where.add("a.state = :state");
            params.put("state", search.state().name());
        }
        YearMonth month = month(search.month());
        if (month != null) {
            where.add("a.raised_on between :from and :to");
            params.put("from", month.atDay(1));
            params.put("to", month.atEndOfMonth());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.add("(a.summary like :text or a.subject_reference like :text)");
            params.put("text", "%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return new Filter(String.join(" and ", where), params);
    }

    static @Nullable YearMonth month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("month", "supervision.alert.month.invalid", month);
        }
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("rule_code"), rs.getString("subject_type"),
                rs.getLong("subject_id"), rs.getString("subject_reference"), rs.getString("region_code"),
                nullableLong(rs, "agency_id"), rs.getObject("since", LocalDate.class), rs.getString("summary"),
                AlertState.valueOf(rs.getString("state")), rs.getObject("raised_on", LocalDate.class),
                nullableLong(rs, "owner_account_id"), rs.getString("owner_name"),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getInt("version"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
