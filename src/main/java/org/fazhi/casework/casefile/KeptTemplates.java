package org.fazhi.casework.casefile;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.document.TemplateVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every template version a document was issued from, by its SM3 ({@code casework.document_template}). Versions never
 * change, so each is written once and, once read, held in memory.
 */
@Repository
class KeptTemplates {

    private final JdbcClient jdbc;
    /** Versions known to be in the table: remembered only once the transaction that wrote one has committed. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Map<String, TemplateVersion> read = new ConcurrentHashMap<>();

    KeptTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps this version, in the caller's transaction, unless it is kept already. */
    void keep(TemplateVersion version) {
        if (kept.contains(version.sm3())) {
            return;
        }
        jdbc.sql("""
                insert into casework.document_template (sm3, kind, content) values (?, ?, ?)
                on conflict (sm3) do nothing""")
                .param(version.sm3()).param(version.kind().name()).param(version.content()).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kept.add(version.sm3());
            }
        });
    }

    TemplateVersion version(String sm3) {
        return read.computeIfAbsent(sm3, digest -> jdbc.sql(
                        "select kind, content from casework.document_template where sm3 = ?").param(digest)
                .query((rs, row) -> new TemplateVersion(DocumentKind.valueOf(rs.getString("kind")), digest,
                        rs.getBytes("content"))).single());
    }
}
