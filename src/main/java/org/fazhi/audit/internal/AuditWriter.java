package org.fazhi.audit.internal;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries inside the caller's transaction, so a change and its audit entry commit or roll back together.
 * Two inserts and no locks: writers in the county never queue behind each other; chaining happens later.
 */
@Component
class AuditWriter {

    private final JdbcClient jdbc;
    private final AuditMac mac;

    AuditWriter(JdbcClient jdbc, AuditMac mac) {
        this.jdbc = jdbc;
        this.mac = mac;
    }

    long append(AuditEntry entry) {
        long id = jdbc.sql("""
                        insert into audit.entry (occurred_at, actor, actor_role, source_address, event_type,
                                                 record_type, record_id, region_code, changed_fields, outcome, mac)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(entry.occurredAt()), entry.actor(), entry.actorRole(), entry.sourceAddress(),
                        entry.eventType(), entry.recordType(), entry.recordId(), entry.regionCode(),
                        entry.changedFields(), entry.outcome(), mac.of(entry))
                .query(Long.class).single();
        jdbc.sql("insert into audit.pending (entry_id) values (?)").param(id).update();
        return id;
    }
}
