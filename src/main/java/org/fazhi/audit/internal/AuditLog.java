package org.fazhi.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the trail for the audit administrator: newest first, filtered. */
@Component
public class AuditLog {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** A row of the audit page. */
    public record Row(long id, Instant occurredAt, String actor, @Nullable String actorRole,
                      @Nullable String sourceAddress, String eventType, @Nullable String recordType,
                      @Nullable String recordId, @Nullable String regionCode, String changedFields, String outcome,
                      long seq) {
    }

    /** What the administrator filters by; blank fields do not filter. */
    public record Filter(@Nullable String actor, @Nullable String eventType, @Nullable String recordType,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Row> find(Filter filter, PageRequest request) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and e.actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.eventType() != null && !filter.eventType().isBlank()) {
            where.append(" and e.event_type = ?");
            params.add(filter.eventType());
        }
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            where.append(" and e.record_type = ?");
            params.add(filter.recordType().trim());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(BEIJING).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(BEIJING).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit.entry e" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(request.size());
        pageParams.add(request.offset());
        List<Row> rows = jdbc.sql("""
                        select e.id, e.occurred_at, e.actor, e.actor_role, e.source_address, e.event_type,
                               e.record_type, e.record_id, e.region_code, e.changed_fields, e.outcome,
                               coalesce(l.seq, 0) as seq
                          from audit.entry e left join audit.chain_link l on l.entry_id = e.id""" + where
                        + " order by e.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("source_address"),
                        rs.getString("event_type"), rs.getString("record_type"), rs.getString("record_id"),
                        rs.getString("region_code"), rs.getString("changed_fields"), rs.getString("outcome"),
                        rs.getLong("seq")))
                .list();
        return request.page(rows, total);
    }

    /** The newest link of the chain, to be copied somewhere outside the database. */
    public @Nullable String head() {
        return jdbc.sql("select seq || ':' || encode(chain_hash, 'hex') from audit.chain_link order by seq desc limit 1")
                .query(String.class).optional().orElse(null);
    }
}
