package org.fazhi.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One audited event: who did what to which record, when, from where, and whether it succeeded. Holds field
 * names and ids, never personal values.
 */
public record AuditEntry(Instant occurredAt, String actor, @Nullable String actorRole, @Nullable String sourceAddress,
                         String eventType, @Nullable String recordType, @Nullable String recordId,
                         @Nullable String regionCode, String changedFields, boolean success) {

    public AuditEntry {
        // PostgreSQL keeps microseconds; hash what the database will give back.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String outcome() {
        return success ? "SUCCESS" : "FAILURE";
    }

    /** An unambiguous byte form of the content (length-prefixed fields), the input of the entry's keyed hash. */
    byte[] canonicalForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        write(out, actor);
        write(out, actorRole);
        write(out, sourceAddress);
        write(out, eventType);
        write(out, recordType);
        write(out, recordId);
        write(out, regionCode);
        write(out, changedFields);
        write(out, outcome());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, @Nullable String field) {
        if (field == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
