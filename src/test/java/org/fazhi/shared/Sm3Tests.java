package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class Sm3Tests {

    @Test
    void hashesTheFirstExampleOfTheStandard() {
        assertThat(Sm3.hex(Sm3.digest(bytes("abc"))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void hashesTheSecondExampleOfTheStandard() {
        assertThat(Sm3.hex(Sm3.digest(bytes("abcd".repeat(16)))))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void hashesEmptyInputTo32Bytes() {
        assertThat(Sm3.digest(new byte[0])).hasSize(Sm3.DIGEST_LENGTH);
    }

    @Test
    void writesLowerCaseHex() {
        assertThat(Sm3.hex(new byte[] {0x00, 0x0f, (byte) 0xab, (byte) 0xff})).isEqualTo("000fabff");
    }

    @Test
    void hmacFollowsTheRfc2104Construction() {
        byte[] key = bytes("a key shorter than the 64-byte SM3 block");
        byte[] data = bytes("审计记录 #1");

        assertThat(Sm3.hmac(key, data)).hasSize(32).isEqualTo(rfc2104(key, data));
    }

    @Test
    void hmacAgreesWithTheBouncyCastleJceProvider() throws Exception {
        byte[] key = bytes("k".repeat(80)); // longer than a block: hashed first
        byte[] data = bytes("410425199001011234");
        Mac mac = Mac.getInstance("HMACSM3", new BouncyCastleProvider());
        mac.init(new SecretKeySpec(key, "HMACSM3"));

        assertThat(Sm3.hmac(key, data)).isEqualTo(mac.doFinal(data));
    }

    @Test
    void hmacDependsOnTheKey() {
        byte[] data = bytes("same data");

        assertThat(Sm3.hmac(bytes("key one"), data)).isNotEqualTo(Sm3.hmac(bytes("key two"), data));
        assertThat(Sm3.hmac(bytes("key one"), data)).isNotEqualTo(Sm3.digest(data));
    }

    @Test
    void agreesWithTheJceDigest() throws Exception {
        byte[] data = bytes("法治政府建设");

        assertThat(Sm3.digest(data)).isEqualTo(MessageDigest.getInstance("SM3", new BouncyCastleProvider()).digest(data));
    }

    /** H((K ^ opad) || H((K ^ ipad) || m)) with a 64-byte block, written out independently of the code under test. */
    private static byte[] rfc2104(byte[] key, byte[] data) {
        byte[] block = new byte[64];
        System.arraycopy(key, 0, block, 0, key.length);
        byte[] inner = new byte[64 + data.length];
        byte[] outer = new byte[64 + 32];
        for (int i = 0; i < 64; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        System.arraycopy(data, 0, inner, 64, data.length);
        System.arraycopy(Sm3.digest(inner), 0, outer, 64, 32);
        return Sm3.digest(outer);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
