package org.fazhi.audit.internal;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashing behind the audit trail, without a database. */
class AuditChainTests {

    private static AuditEntry entry(String actor, String fields) {
        return new AuditEntry(Instant.parse("2026-03-25T02:00:00.123456789Z"), actor, "ADMIN", "127.0.0.1",
                "DATA_UPDATED", "registry.officer", "42", "410425", fields, true);
    }

    @Test
    void canonicalFormSeparatesFieldsUnambiguously() {
        AuditEntry a = new AuditEntry(Instant.EPOCH, "ab", null, null, "X", "c", null, null, "", true);
        AuditEntry b = new AuditEntry(Instant.EPOCH, "a", null, null, "X", "bc", null, null, "", true);
        assertThat(a.canonicalForm()).isNotEqualTo(b.canonicalForm());
        AuditEntry nullRole = new AuditEntry(Instant.EPOCH, "a", null, null, "X", null, null, null, "", true);
        AuditEntry emptyRole = new AuditEntry(Instant.EPOCH, "a", "", null, "X", null, null, null, "", true);
        assertThat(nullRole.canonicalForm()).isNotEqualTo(emptyRole.canonicalForm());
    }

    @Test
    void keepsMicrosecondsLikePostgresql() {
        assertThat(entry("admin", "name").occurredAt()).isEqualTo(Instant.parse("2026-03-25T02:00:00.123456Z"));
    }

    @Test
    void aLinkDependsOnThePreviousLinkThePositionTheEntryAndItsMac() {
        byte[] mac = new byte[] {1, 2, 3};
        byte[] first = AuditMac.link(AuditMac.GENESIS, 1, 10, mac);
        assertThat(first).hasSize(32);
        assertThat(AuditMac.link(AuditMac.GENESIS, 1, 10, mac)).isEqualTo(first);
        assertThat(AuditMac.link(AuditMac.GENESIS, 2, 10, mac)).isNotEqualTo(first);
        assertThat(AuditMac.link(AuditMac.GENESIS, 1, 11, mac)).isNotEqualTo(first);
        assertThat(AuditMac.link(AuditMac.GENESIS, 1, 10, new byte[] {1, 2, 4})).isNotEqualTo(first);
        byte[] otherPrevious = Arrays.copyOf(first, 32);
        assertThat(AuditMac.link(otherPrevious, 1, 10, mac)).isNotEqualTo(first);
    }
}
