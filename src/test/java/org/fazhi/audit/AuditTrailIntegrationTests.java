package org.fazhi.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.AuditVerification.Reason;
import org.fazhi.audit.internal.ChainSealer;
import org.fazhi.audit.internal.ChainVerifier;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on the real database: every change leaves an entry, the chain verifies, and an edit made
 * directly in SQL is caught and named. Tampering tests put the row back, since the database is shared.
 */
@FazhiIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired RegistryTestData data;
    @Autowired ChainSealer sealer;
    @Autowired ChainVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void everyChangeAppendsAnEntryNamingTheChangedFieldsButNoValues() {
        Agency agency = data.agency("审计测试局");
        List<String> trail = data.auditTrail("registry.agency", agency.id());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0)).startsWith("DATA_CREATED:").contains("creditCode").doesNotContain(agency.creditCode().value());
    }

    @Test
    void theSealedChainVerifiesIntact() throws InterruptedException {
        data.agency("封存测试局");
        sealAll();
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as("first break: %s", result.firstBreak()).isTrue();
        assertThat(result.linksChecked()).isPositive();
        assertThat(result.unsealed()).isZero();
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAuditRows() {
        data.agency("只增测试局");
        long id = newestEntry();
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor = 'x' where id = ?").param(id).update())
                .isInstanceOf(UncategorizedSQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anEntryEditedDirectlyInSqlIsNamedAsTheFirstBreak() throws InterruptedException {
        data.agency("篡改测试局");
        sealAll();
        long id = newestEntry();
        long seq = jdbc.sql("select seq from audit.chain_link where entry_id = ?").param(id).query(Long.class).single();
        String original = jdbc.sql("select actor from audit.entry where id = ?").param(id).query(String.class).single();
        try {
            asSuperuser("update audit.entry set actor = 'intruder' where id = " + id);
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak()).isEqualTo(new AuditVerification.Break(seq, id, Reason.CONTENT_ALTERED));
        } finally {
            asSuperuser("update audit.entry set actor = '" + original.replace("'", "''") + "' where id = " + id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedLinkBreaksTheChainAtThatPosition() throws InterruptedException {
        data.agency("删链测试局");
        data.agency("删链测试局");
        sealAll();
        record Link(long seq, long entryId, byte[] hash, java.sql.Timestamp sealedAt) {
        }
        Link last = jdbc.sql("select seq, entry_id, chain_hash, sealed_at from audit.chain_link order by seq desc limit 1 offset 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getTimestamp(4))).single();
        try {
            asSuperuser("delete from audit.chain_link where seq = " + last.seq());
            AuditVerification result = verifier.verify();
            assertThat(result.firstBreak().reason()).isEqualTo(Reason.SEQUENCE_GAP);
            assertThat(result.firstBreak().seq()).isEqualTo(last.seq() + 1);
        } finally {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("insert into audit.chain_link (seq, entry_id, chain_hash, sealed_at) values (?, ?, ?, ?)")
                        .params(last.seq(), last.entryId(), last.hash(), last.sealedAt()).update();
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersAreAllChainedWithoutGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Agency>> writers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                writers.add(() -> data.agency("并发审计局"));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Agency> written : pool.invokeAll(writers)) {
                ids.add(written.get().id());
            }
            sealAll();
            for (long id : ids) {
                assertThat(jdbc.sql("""
                        select count(*) from audit.entry e join audit.chain_link l on l.entry_id = e.id
                         where e.record_type = 'registry.agency' and e.record_id = ?""")
                        .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
            }
            assertThat(verifier.verify().intact()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    /** Seals until nothing is pending; the scheduled sealer may hold the lock for a moment. */
    private void sealAll() throws InterruptedException {
        for (int attempt = 0; attempt < 200 && pending() > 0; attempt++) {
            if (sealer.sealPending() == 0) {
                Thread.sleep(25);
            }
        }
        assertThat(pending()).isZero();
    }

    private long pending() {
        return jdbc.sql("select count(*) from audit.pending").query(Long.class).single();
    }

    private long newestEntry() {
        return jdbc.sql("select max(id) from audit.entry").query(Long.class).single();
    }

    /** What an attacker with database administrator rights can do: switch the append-only triggers off. */
    private void asSuperuser(String sql) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }
}
