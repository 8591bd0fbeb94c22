package org.fazhi.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.fazhi.shared.Sm3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal identifiers (ID numbers, phones, home addresses, bank accounts) before they reach the
 * database, as GB/T 39786 level 3 and PIPL expect: SM4 in GCM mode, so a value altered in the database is refused
 * instead of decrypted to garbage, with a random 12-byte IV per value. Because equal values then encrypt
 * differently, {@link #lookupHash} gives a keyed HMAC-SM3 of the value for finding and deduplicating records
 * without decrypting them; being keyed, it cannot be reversed by hashing all possible ID numbers.
 *
 * <p>A stored value reads {@code <keyId>:<base64 of IV || ciphertext || tag>}; the key id is also authenticated,
 * so a value cannot be passed off as encrypted under another key.
 *
 * <p>The keys live in a text file outside the database (property {@code fazhi.crypto.key-file}), created with fresh
 * random keys and owner-only permissions on first start if missing:
 * <pre>
 * # comment
 * sm4.k20261123=&lt;32 hex characters: a 128-bit SM4 key&gt;   (one line per key id, letters, digits, - and _)
 * current=k20261123                                      (the key new values are encrypted with)
 * hash=&lt;64 hex characters&gt;                              (HMAC-SM3 key of lookup hashes)
 * audit=&lt;64 hex characters&gt;                             (HMAC-SM3 key of the audit trail)
 * </pre>
 * Rotation: add a new {@code sm4.<id>} line, point {@code current} at it and restart; values encrypted with older
 * keys stay readable as long as their line remains. The hash and audit keys are not rotated this way: changing
 * them breaks every stored lookup hash and audit chain.
 *
 * <p>Neither keys nor plaintext ever appear in logs or exception messages.
 */
@Component
public class FieldCipher {

    private static final String TRANSFORMATION = "SM4/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final KeyFile keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(@Value("${fazhi.crypto.key-file}") Path keyFile) {
        this.keys = KeyFile.loadOrCreate(keyFile);
    }

    public String encrypt(String plain) {
        String keyId = keys.currentId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, iv);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 encryption is not available", e);
        }
    }

    /** Decrypts with the key the value names, current or not; refuses a value that was altered. */
    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Not an encrypted field value");
        }
        String keyId = stored.substring(0, colon);
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an encrypted field value");
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Encrypted field value is truncated");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, Arrays.copyOf(sealed, IV_BYTES));
            byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("Encrypted field value failed authentication: it was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 decryption is not available", e);
        }
    }

    /** True when {@code stored} was encrypted with an older key and should be re-encrypted when next saved. */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith(keys.currentId() + ":");
    }

    /**
     * A keyed hash for equality search: equal after trimming and upper-casing ({@code x} and {@code X} in an ID
     * number are the same), so the same person entered twice is found.
     */
    public String lookupHash(String plain) {
        byte[] normalised = plain.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return Sm3.hex(Sm3.hmac(keys.hashKey(), normalised));
    }

    /** The key the audit trail uses for its HMAC-SM3 chain; kept here so all keys share one file and one backup. */
    public byte[] auditKey() {
        return keys.auditKey();
    }

    /**
     * An HMAC-SM3 key for signing what the platform hands out, such as the visit codes officers show enterprises:
     * HMAC-SM3(hash key, "fazhi:" + purpose). Each purpose gets its own key without another line in the key file,
     * and one purpose's key forges nothing for another. The lower-case prefix keeps these keys apart from the
     * {@link #lookupHash} values stored in the database: those are hashes of upper-cased text, which never reads
     * "fazhi:". Changing the hash key therefore also invalidates every signature made with these keys.
     */
    public byte[] signingKey(String purpose) {
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("A signing key needs a purpose");
        }
        return Sm3.hmac(keys.hashKey(), ("fazhi:" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
        byte[] key = keys.sm4Key(keyId);
        if (key == null) {
            // The id is not echoed: if a plain value was passed here by mistake, it would be personal data.
            throw new IllegalArgumentException("Encrypted with a key that the key file does not hold");
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION, BOUNCY_CASTLE);
        cipher.init(mode, new SecretKeySpec(key, "SM4"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
