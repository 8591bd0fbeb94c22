package org.fazhi.registry.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fazhi.platform.FieldCipher;
import org.fazhi.shared.Sm3;
import org.springframework.stereotype.Component;

/**
 * The code printed as a QR code on an enforcement certificate (亮证执法: anyone checks the certificate shown to
 * them): the certificate's id and an HMAC-SM3 of its id and number under a key from the key file. Knowing one
 * certificate's code tells nothing about another's, so the check page cannot be used to walk through the
 * registry; a code whose signature does not match is treated exactly like an unknown one.
 */
@Component
public class CertificateCheckCodes {

    /** 15 bytes of the MAC: 120 bits, 20 URL-safe characters, short enough for a small, robust QR code. */
    private static final int MAC_BYTES = 15;
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{20})");

    private final byte[] key;
    private final CertificateRepository certificates;

    CertificateCheckCodes(FieldCipher cipher, CertificateRepository certificates) {
        this.key = cipher.signingKey("registry.certificate-check");
        this.certificates = certificates;
    }

    public String codeOf(Certificate certificate) {
        return certificate.id() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(certificate));
    }

    /** The certificate a code was made for, if the code is well-formed and its signature matches. */
    public Optional<Certificate> certificateOf(String code) {
        var parts = SHAPE.matcher(code);
        if (!parts.matches()) {
            return Optional.empty();
        }
        byte[] given = Base64.getUrlDecoder().decode(parts.group(2));
        return certificates.find(Long.parseLong(parts.group(1)))
                .filter(certificate -> MessageDigest.isEqual(mac(certificate), given));
    }

    private byte[] mac(Certificate certificate) {
        byte[] signed = (certificate.id() + ":" + certificate.number()).getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(Sm3.hmac(key, signed), MAC_BYTES);
    }
}
