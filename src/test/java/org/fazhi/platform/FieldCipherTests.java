package org.fazhi.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTests {

    private static final String K1 = "00112233445566778899aabbccddeeff";
    private static final String K2 = "ffeeddccbbaa99887766554433221100";
    private static final String HASH = "11".repeat(32);
    private static final String AUDIT = "22".repeat(32);

    @TempDir
    Path dir;

    @Test
    void roundTripsChineseTextAndIdNumbers() {
        FieldCipher cipher = new FieldCipher(dir.resolve("keys/fazhi.keys"));

        for (String plain : List.of("河南省平顶山市叶县昆阳街道建设路18号", "11010519491231002X", "", "13800138000")) {
            String stored = cipher.encrypt(plain);
            assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        }
    }

    @Test
    void equalValuesEncryptDifferentlyButHashTheSame() {
        FieldCipher cipher = new FieldCipher(dir.resolve("fazhi.keys"));

        String first = cipher.encrypt("11010519491231002X");
        String second = cipher.encrypt("11010519491231002X");

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.lookupHash("11010519491231002X")).isEqualTo(cipher.lookupHash("11010519491231002X"))
                .isEqualTo(cipher.lookupHash(" 11010519491231002x "))
                .hasSize(64)
                .isNotEqualTo(cipher.lookupHash("110105194912310021"));
    }

    @Test
    void storedFormIsKeyIdThenIvAndCiphertext() {
        FieldCipher cipher = new FieldCipher(write("sm4.k1=" + K1, "current=k1", "hash=" + HASH, "audit=" + AUDIT));

        String stored = cipher.encrypt("abc");

        assertThat(stored).startsWith("k1:");
        assertThat(Base64.getDecoder().decode(stored.substring(3))).hasSize(12 + 3 + 16); // IV, text, tag
        assertThat(cipher.needsReencryption(stored)).isFalse();
    }

    @Test
    void refusesAlteredCiphertext() {
        FieldCipher cipher = new FieldCipher(dir.resolve("fazhi.keys"));
        String stored = cipher.encrypt("11010519491231002X");
        int colon = stored.indexOf(':');
        byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        sealed[sealed.length - 20] ^= 1;
        String altered = stored.substring(0, colon + 1) + Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesWhatIsNotACiphertext() {
        FieldCipher cipher = new FieldCipher(dir.resolve("fazhi.keys"));

        assertThatThrownBy(() -> cipher.decrypt("11010519491231002X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("1101");
        assertThatThrownBy(() -> cipher.decrypt("k1:not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("k1:AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("unknown:" + Base64.getEncoder().encodeToString(new byte[40])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not hold");
    }

    @Test
    void aCiphertextCannotBePassedOffAsAnotherKeys() {
        FieldCipher cipher = new FieldCipher(write("sm4.k1=" + K1, "sm4.k2=" + K1, "current=k1",
                "hash=" + HASH, "audit=" + AUDIT));
        String stored = cipher.encrypt("secret");

        assertThatThrownBy(() -> cipher.decrypt("k2" + stored.substring(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oldCiphertextsStayReadableAfterRotation() {
        Path file = write("sm4.k1=" + K1, "current=k1", "hash=" + HASH, "audit=" + AUDIT);
        FieldCipher before = new FieldCipher(file);
        String old = before.encrypt("11010519491231002X");
        String oldHash = before.lookupHash("11010519491231002X");

        FieldCipher after = new FieldCipher(write("sm4.k1=" + K1, "sm4.k2=" + K2, "current=k2",
                "hash=" + HASH, "audit=" + AUDIT));

        assertThat(after.decrypt(old)).isEqualTo("11010519491231002X");
        assertThat(after.needsReencryption(old)).isTrue();
        assertThat(after.encrypt("11010519491231002X")).startsWith("k2:");
        assertThat(after.lookupHash("11010519491231002X")).isEqualTo(oldHash);
    }

    @Test
    void createsAMissingKeyFileReadableOnlyByItsOwner() throws IOException {
        Path file = dir.resolve("data/keys/fazhi.keys");

        FieldCipher first = new FieldCipher(file);

        assertThat(file).exists();
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String content = Files.readString(file);
        assertThat(content).containsPattern("(?m)^sm4\\.k\\d{8}=[0-9a-f]{32}$")
                .containsPattern("(?m)^current=k\\d{8}$")
                .containsPattern("(?m)^hash=[0-9a-f]{64}$")
                .containsPattern("(?m)^audit=[0-9a-f]{64}$");

        FieldCipher second = new FieldCipher(file);
        assertThat(second.decrypt(first.encrypt("张三"))).isEqualTo("张三");
        assertThat(second.lookupHash("x")).isEqualTo(first.lookupHash("x"));
        assertThat(second.auditKey()).hasSize(32).isEqualTo(first.auditKey());
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void freshKeyFilesDiffer() {
        FieldCipher one = new FieldCipher(dir.resolve("one.keys"));
        FieldCipher two = new FieldCipher(dir.resolve("two.keys"));

        assertThat(one.auditKey()).isNotEqualTo(two.auditKey());
        assertThat(one.lookupHash("x")).isNotEqualTo(two.lookupHash("x"));
        assertThatThrownBy(() -> two.decrypt(one.encrypt("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupHashAuditAndSigningUseTheirOwnKeys() {
        FieldCipher cipher = new FieldCipher(write("sm4.k1=" + K1, "current=k1", "hash=" + HASH, "audit=" + AUDIT));
        byte[] hashKey = HexFormat.of().parseHex(HASH);

        assertThat(cipher.lookupHash(" 11010519491231002x"))
                .isEqualTo(Sm3.hex(Sm3.hmac(hashKey, "11010519491231002X".getBytes(UTF_8))));
        assertThat(Sm3.hex(cipher.auditKey())).isEqualTo(AUDIT);
        cipher.auditKey()[0] = 0; // a copy: callers cannot change the key
        assertThat(Sm3.hex(cipher.auditKey())).isEqualTo(AUDIT);
        assertThat(cipher.signingKey("visit")).isEqualTo(Sm3.hmac(hashKey, "fazhi:visit".getBytes(UTF_8)))
                .isNotEqualTo(cipher.signingKey("certificate"));
        assertThat(Sm3.hex(cipher.signingKey("x"))).isNotEqualTo(cipher.lookupHash("fazhi:x")); // not a stored hash
        assertThatThrownBy(() -> cipher.signingKey(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheLineOfAMalformedKeyFile() {
        Path badHex = write("# keys", "", "sm4.k1=" + K1, "hash=" + HASH.substring(2), "audit=" + AUDIT, "current=k1");
        Path noEquals = write("sm4.k1=" + K1, "current=k1", K2);
        Path unknown = write("sm4.k1=" + K1, "currnet=k1");
        Path twice = write("sm4.k1=" + K1, "sm4.k1=" + K2);

        assertMalformed(badHex, "line 4: hash must be 64 hexadecimal characters", HASH.substring(2));
        assertMalformed(noEquals, "line 3: expected name=value", K2);
        assertMalformed(unknown, "line 2: unknown name 'currnet'", K1);
        assertMalformed(twice, "line 2: sm4.k1 is defined twice", K2);
    }

    @Test
    void refusesAKeyFileWithoutACurrentKey() {
        assertMalformed(write("sm4.k1=" + K1, "hash=" + HASH, "audit=" + AUDIT), "no 'current=' line", K1);
        assertMalformed(write("sm4.k1=" + K1, "current=k9", "hash=" + HASH, "audit=" + AUDIT),
                "'current=' names no sm4.<id> key", K1);
        assertMalformed(write("sm4.k1=" + K1, "current=k1", "hash=" + HASH), "no 'audit=' line", HASH);
    }

    private void assertMalformed(Path file, String message, String secret) {
        assertThatThrownBy(() -> new FieldCipher(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message)
                .hasMessageNotContaining(secret);
    }

    private Path write(String... lines) {
        try {
            return Files.write(Files.createTempFile(dir, "fazhi", ".keys"), List.of(lines));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
