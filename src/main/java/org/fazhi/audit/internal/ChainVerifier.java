package org.fazhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.fazhi.audit.AuditVerification;
import org.fazhi.audit.AuditVerification.Break;
import org.fazhi.audit.AuditVerification.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole trail in chain order, recomputing each entry's keyed hash and each link, and names the first
 * entry where it stops being trustworthy. Streams with a cursor, so it works on millions of entries.
 */
@Component
public class ChainVerifier {

    private static final String ENTRY_COLUMNS = """
            e.id, e.occurred_at, e.actor, e.actor_role, e.source_address, e.event_type, e.record_type,
            e.record_id, e.region_code, e.changed_fields, e.outcome, e.mac""";

    private final JdbcTemplate jdbc;
    private final AuditMac mac;

    ChainVerifier(JdbcTemplate jdbc, AuditMac mac) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(2_000);
        this.mac = mac;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        ChainWalk walk = new ChainWalk();
        jdbc.query("select l.seq, l.entry_id, l.chain_hash, " + ENTRY_COLUMNS
                + " from audit.chain_link l left join audit.entry e on e.id = l.entry_id order by l.seq", walk::step);
        PendingCheck pending = new PendingCheck();
        jdbc.query("select " + ENTRY_COLUMNS + " from audit.pending p join audit.entry e on e.id = p.entry_id"
                + " order by e.id", pending::step);
        Long unchained = jdbc.query("""
                select e.id from audit.entry e
                 where not exists (select 1 from audit.chain_link l where l.entry_id = e.id)
                   and not exists (select 1 from audit.pending p where p.entry_id = e.id)
                 order by e.id limit 1""", rs -> rs.next() ? rs.getLong(1) : null);
        Break firstBreak = walk.firstBreak != null ? walk.firstBreak
                : pending.firstBreak != null ? pending.firstBreak
                : unchained != null ? new Break(0, unchained, Reason.NOT_CHAINED) : null;
        return new AuditVerification(walk.entries + pending.entries, walk.links, pending.entries, firstBreak);
    }

    private final class ChainWalk {
        private byte[] previous = AuditMac.GENESIS;
        private long expectedSeq = 1;
        private long links;
        private long entries;
        private @Nullable Break firstBreak;

        void step(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            long entryId = rs.getLong("entry_id");
            byte[] stored = rs.getBytes("chain_hash");
            links++;
            if (firstBreak != null) {
                return;
            }
            if (seq != expectedSeq) {
                firstBreak = new Break(seq, entryId, Reason.SEQUENCE_GAP);
                return;
            }
            expectedSeq++;
            if (rs.getObject("id") == null) {
                firstBreak = new Break(seq, entryId, Reason.ENTRY_MISSING);
                return;
            }
            entries++;
            byte[] entryMac = rs.getBytes("mac");
            if (!mac.matches(read(rs), entryMac)) {
                firstBreak = new Break(seq, entryId, Reason.CONTENT_ALTERED);
                return;
            }
            byte[] expected = AuditMac.link(previous, seq, entryId, entryMac);
            if (!Arrays.equals(expected, stored)) {
                firstBreak = new Break(seq, entryId, Reason.CHAIN_BROKEN);
                return;
            }
            previous = stored;
        }
    }

    private final class PendingCheck {
        private long entries;
        private @Nullable Break firstBreak;

        void step(ResultSet rs) throws SQLException {
            entries++;
            if (firstBreak == null && !mac.matches(read(rs), rs.getBytes("mac"))) {
                firstBreak = new Break(0, rs.getLong("id"), Reason.CONTENT_ALTERED);
            }
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), rs.getString("source_address"), rs.getString("event_type"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("region_code"),
                rs.getString("changed_fields"), "SUCCESS".equals(rs.getString("outcome")));
    }
}
