package org.fazhi.inspection.visit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.fazhi.inspection.visit.VisitCheck.Outcome;
import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;

class VisitCodesTests {

    private static final byte[] KEY = Sm3.digest("test key".getBytes(UTF_8));
    private static final VisitPass PASS = new VisitPass(4711, 3, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
            Instant.parse("2026-05-02T16:00:00Z"));
    /** 10:00 on 10 April in Beijing; the clocks are in UTC to show that the Beijing date is the one that counts. */
    private static final Instant DURING_WINDOW = Instant.parse("2026-04-10T02:00:00Z");

    @Test
    void aCodeIssuedForAnApprovedTaskIsGenuine() {
        VisitCheck check = checkAt(DURING_WINDOW, codesAt(DURING_WINDOW).issue(PASS), Optional.of(3));

        assertThat(check.outcome()).isEqualTo(Outcome.GENUINE);
        assertThat(check.isGenuine()).isTrue();
        assertThat(check.pass()).isEqualTo(PASS);
        assertThat(check.message()).isEqualTo("检查码真实有效，本次检查已经批准");
    }

    @Test
    void aChangedPayloadOrSignatureIsForged() {
        String token = codesAt(DURING_WINDOW).issue(PASS);
        String[] parts = token.split("\\.");

        assertForged(flipByte(parts[0], 8) + "." + parts[1]); // another task id, the same signature
        assertForged(parts[0] + "." + flipByte(parts[1], 31));
        assertOutcome(DURING_WINDOW, token, Outcome.GENUINE); // the untouched code still passes
    }

    @Test
    void aCodeSignedWithAnotherKeyIsForged() {
        String token = new VisitCodes(Sm3.digest("other key".getBytes(UTF_8)), Clock.systemUTC()).issue(PASS);

        assertForged(token);
        assertThat(checkAt(DURING_WINDOW, token, Optional.of(3)).message()).isEqualTo("检查码签名无效，可能是伪造的");
    }

    @Test
    void truncatedGarbledAndEmptyCodesAreForgedNotErrors() {
        String token = codesAt(DURING_WINDOW).issue(PASS);
        String payload = token.substring(0, token.indexOf('.'));

        for (String bad : List.of(token.substring(0, token.length() - 1), token.substring(1), payload, payload + ".",
                "", ".", "..", "a.b.c", token + "." + token, "检查码.签名", "!!!!.????", token + "=", token + "A",
                "x".repeat(10_000), token.replace('.', ' '))) {
            assertForged(bad);
        }
    }

    @Test
    void onlyTheCanonicalSpellingOfACodeIsAccepted() {
        String token = codesAt(DURING_WINDOW).issue(PASS);
        char last = token.charAt(token.length() - 1);
        // The last character of 32 bytes carries 4 bits and 2 unused ones; setting an unused bit keeps the bytes.
        String sameBytes = token.substring(0, token.length() - 1) + Base64Alphabet.withBit(last, 1);

        assertForged(sameBytes);
    }

    @Test
    void aSignedPayloadInAnUnknownFormatIsRefused() {
        byte[] payload = Base64.getUrlDecoder().decode(codesAt(DURING_WINDOW).issue(PASS).split("\\.")[0]);
        payload[0] = 2;
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();

        assertForged(base64.encodeToString(payload) + "." + base64.encodeToString(Sm3.hmac(KEY, payload)));
    }

    @Test
    void aCodeExpiresAtItsExpiryInstant() {
        String token = codesAt(DURING_WINDOW).issue(PASS);

        assertThat(checkAt(PASS.expiresAt().minusSeconds(1), token, Optional.of(3)).outcome())
                .isEqualTo(Outcome.WINDOW_CLOSED); // still signed and current, but after the window
        VisitCheck expired = checkAt(PASS.expiresAt(), token, Optional.of(3));
        assertThat(expired.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(expired.pass()).isEqualTo(PASS);
        assertThat(expired.message()).isEqualTo("检查码已过期");
    }

    @Test
    void theWindowOpensAndClosesOnBeijingDates() {
        String token = codesAt(DURING_WINDOW).issue(PASS);

        assertOutcome(Instant.parse("2026-03-31T15:59:59Z"), token, Outcome.NOT_YET_OPEN); // 23:59:59, 31 March
        assertOutcome(Instant.parse("2026-03-31T16:00:00Z"), token, Outcome.GENUINE); // 00:00, 1 April in Beijing
        assertOutcome(Instant.parse("2026-04-30T15:59:59Z"), token, Outcome.GENUINE);
        assertOutcome(Instant.parse("2026-04-30T16:00:00Z"), token, Outcome.WINDOW_CLOSED);
        assertThat(checkAt(Instant.parse("2026-03-20T00:00:00Z"), token, Optional.of(3)).message())
                .isEqualTo("检查尚未到检查期限");
    }

    @Test
    void aTaskWhoseVersionMovedOnHasRevokedItsCodes() {
        VisitCheck check = checkAt(DURING_WINDOW, codesAt(DURING_WINDOW).issue(PASS), Optional.of(4));

        assertThat(check.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(check.pass()).isEqualTo(PASS);
        assertThat(check.message()).isEqualTo("该检查码已被撤销");
        assertThat(checkAt(PASS.expiresAt(), codesAt(DURING_WINDOW).issue(PASS), Optional.of(4)).outcome())
                .isEqualTo(Outcome.REVOKED); // revocation is said even once the code has expired
    }

    @Test
    void aCodeForATaskThatDoesNotExistIsUnknown() {
        VisitCheck check = checkAt(DURING_WINDOW, codesAt(DURING_WINDOW).issue(PASS), Optional.empty());

        assertThat(check.outcome()).isEqualTo(Outcome.UNKNOWN_TASK);
        assertThat(check.pass()).isEqualTo(PASS);
    }

    @Test
    void codesStayShortEnoughForAPhoneToScan() {
        VisitPass largest = new VisitPass(Long.MAX_VALUE, Integer.MAX_VALUE, LocalDate.of(9999, 1, 1),
                LocalDate.of(9999, 12, 31), Instant.parse("9999-12-31T23:59:59Z"));

        String token = codesAt(DURING_WINDOW).issue(largest);

        assertThat(token).hasSize(83).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codesAt(DURING_WINDOW).check(token, task -> Optional.of(Integer.MAX_VALUE)).pass())
                .isEqualTo(largest);
    }

    private static VisitCodes codesAt(Instant now) {
        return new VisitCodes(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static VisitCheck checkAt(Instant now, String token, Optional<Integer> currentVersion) {
        return codesAt(now).check(token, task -> task == PASS.taskId() ? currentVersion : Optional.empty());
    }

    private static void assertOutcome(Instant now, String token, Outcome outcome) {
        assertThat(checkAt(now, token, Optional.of(3)).outcome()).isEqualTo(outcome);
    }

    private static void assertForged(String token) {
        VisitCheck check = checkAt(DURING_WINDOW, token, Optional.of(3));
        assertThat(check.outcome()).as(token).isEqualTo(Outcome.FORGED);
        assertThat(check.pass()).isNull();
    }

    private static String flipByte(String base64, int index) {
        byte[] bytes = Base64.getUrlDecoder().decode(base64);
        bytes[index] ^= 1;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The base64url alphabet, to build a non-canonical spelling of the same bytes. */
    private static final class Base64Alphabet {
        private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        static char withBit(char letter, int bit) {
            return LETTERS.charAt(LETTERS.indexOf(letter) | bit);
        }
    }
}
