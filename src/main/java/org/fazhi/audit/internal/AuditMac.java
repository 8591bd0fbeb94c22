package org.fazhi.audit.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

import org.fazhi.platform.FieldCipher;
import org.fazhi.shared.Sm3;
import org.springframework.stereotype.Component;

/**
 * The two hashes of the trail. An entry's mac is HMAC-SM3 under a key kept outside the database, so someone who
 * can only write to the database cannot forge an altered entry. A link's hash is plain SM3 over the previous
 * link, its position, the entry id and the entry's mac, so removing or reordering entries breaks the chain.
 */
@Component
class AuditMac {

    static final byte[] GENESIS = new byte[32];

    private final byte[] key;

    AuditMac(FieldCipher cipher) {
        this.key = cipher.auditKey();
    }

    byte[] of(AuditEntry entry) {
        return Sm3.hmac(key, entry.canonicalForm());
    }

    boolean matches(AuditEntry entry, byte[] mac) {
        return MessageDigest.isEqual(of(entry), mac);
    }

    static byte[] link(byte[] previous, long seq, long entryId, byte[] entryMac) {
        ByteBuffer input = ByteBuffer.allocate(previous.length + 16 + entryMac.length);
        input.put(previous).putLong(seq).putLong(entryId).put(entryMac);
        return Sm3.digest(input.array());
    }
}
