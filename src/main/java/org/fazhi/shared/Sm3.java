package org.fazhi.shared;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The SM3 hash (GB/T 32905-2016), which GB/T 39786 requires for integrity instead of SHA-256: the audit chain,
 * content hashes of evidence files and of published decisions. Plain functions without keys of their own; the
 * keys for {@link #hmac} are held by the platform's key file.
 */
public final class Sm3 {

    public static final int DIGEST_LENGTH = 32;

    private Sm3() {
    }

    public static byte[] digest(byte[] data) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(data, 0, data.length);
        byte[] result = new byte[DIGEST_LENGTH];
        sm3.doFinal(result, 0);
        return result;
    }

    /** Lower-case hexadecimal, the form stored in text columns and shown to auditors. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** HMAC-SM3 (the RFC 2104 construction over SM3): proves the data was hashed by a holder of {@code key}. */
    public static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] result = new byte[DIGEST_LENGTH];
        mac.doFinal(result, 0);
        return result;
    }
}
