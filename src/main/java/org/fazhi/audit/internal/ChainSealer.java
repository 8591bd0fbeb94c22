package org.fazhi.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.Sm3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains pending entries in id order, a batch at a time. One sealer runs across all application instances (a
 * transaction-scoped advisory lock), so the chain is a single line even in a cluster, while writers only insert.
 * Each batch's head is logged: a copy of the head kept outside the database is what lets a verifier notice that
 * the newest part of the chain was cut off or rebuilt.
 */
@Component
public class ChainSealer {

    private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);
    private static final long LOCK_KEY = 0x4641_5a48_4941_5544L; // "FAZHIAUD"
    private static final int BATCH = 5_000;

    private record Pending(long entryId, byte[] mac) {
    }

    private record Head(long seq, byte[] hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChainSealer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.audit.seal-interval:2s}", fixedDelayString = "${fazhi.audit.seal-interval:2s}")
    void sealOnSchedule() {
        sealPending();
    }

    /**
     * Chains up to one batch of pending entries; returns how many were sealed (0 also when another sealer holds the
     * lock). Runs in its own transaction, which holds the advisory lock until it commits.
     */
    public int sealPending() {
        Integer sealed = transaction.execute(status -> sealBatch());
        return sealed == null ? 0 : sealed;
    }

    private int sealBatch() {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!mine) {
            return 0;
        }
        List<Pending> pending = jdbc.sql("""
                        select p.entry_id, e.mac from audit.pending p join audit.entry e on e.id = p.entry_id
                        order by p.entry_id limit ?""")
                .param(BATCH).query((rs, row) -> new Pending(rs.getLong(1), rs.getBytes(2))).list();
        if (pending.isEmpty()) {
            return 0;
        }
        Head head = jdbc.sql("select seq, chain_hash from audit.chain_link order by seq desc limit 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getBytes(2))).optional()
                .orElse(new Head(0, AuditMac.GENESIS));
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> links = new ArrayList<>(pending.size());
        for (Pending entry : pending) {
            long seq = head.seq() + 1;
            head = new Head(seq, AuditMac.link(head.hash(), seq, entry.entryId(), entry.mac()));
            links.add(new Object[] {seq, entry.entryId(), head.hash(), now});
        }
        batch.batchUpdate("insert into audit.chain_link (seq, entry_id, chain_hash, sealed_at) values (?, ?, ?, ?)",
                links);
        // Exactly the sealed ids: an entry with a lower id may commit later and must stay pending.
        batch.batchUpdate("delete from audit.pending where entry_id = ?",
                pending.stream().map(entry -> new Object[] {entry.entryId()}).toList());
        log.info("审计链已封存 {} 条，链头 seq={} hash={}", pending.size(), head.seq(),
                Sm3.hex(head.hash()));
        return pending.size();
    }
}
