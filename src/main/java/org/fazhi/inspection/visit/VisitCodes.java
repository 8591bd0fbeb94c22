package org.fazhi.inspection.visit;

import static org.fazhi.inspection.visit.VisitCheck.Outcome.EXPIRED;
import static org.fazhi.inspection.visit.VisitCheck.Outcome.GENUINE;
import static org.fazhi.inspection.visit.VisitCheck.Outcome.NOT_YET_OPEN;
import static org.fazhi.inspection.visit.VisitCheck.Outcome.REVOKED;
import static org.fazhi.inspection.visit.VisitCheck.Outcome.UNKNOWN_TASK;
import static org.fazhi.inspection.visit.VisitCheck.Outcome.WINDOW_CLOSED;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.function.LongFunction;

import org.fazhi.inspection.visit.VisitCheck.Outcome;
import org.fazhi.shared.Sm3;

/**
 * Issues and checks the visit codes of approved inspections (扫码入企). A code reads
 * {@code base64url(payload) "." base64url(HMAC-SM3(key, payload))}, without padding; the payload is 29 bytes: a
 * format byte, the task id, the task's version, the window's first and last day (epoch days) and the expiry (epoch
 * seconds), big-endian. A code is 83 characters, small enough for a QR code a phone reads at arm's length.
 *
 * <p>The code is not secret (the enterprise sees what it says); its signature is what makes it trustworthy. A
 * task is revoked by bumping its version, which every code issued before no longer matches.
 */
public final class VisitCodes {

    /** First byte of every payload: a new layout takes a new number, so a code in an older one is not misread. */
    private static final byte FORMAT = 1;
    private static final int PAYLOAD_BYTES = 1 + Long.BYTES + Integer.BYTES * 3 + Long.BYTES;
    /** Codes arrive from anyone on the internet: longer text is refused before any decoding work. */
    private static final int LONGEST_TOKEN = 200;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final byte[] key;
    private final Clock clock;

    public VisitCodes(byte[] key, Clock clock) {
        if (key.length < 16) {
            throw new IllegalArgumentException("A visit code key needs at least 16 bytes");
        }
        this.key = key.clone();
        this.clock = clock;
    }

    public String issue(VisitPass pass) {
        byte[] payload = encode(pass);
        return BASE64.encodeToString(payload) + "." + BASE64.encodeToString(Sm3.hmac(key, payload));
    }

    /**
     * What the code is worth now. The task's current state comes first (a revoked code says so even when it has
     * also expired), then the code's expiry, then the inspection window on today's Beijing date.
     */
    public VisitCheck check(String token, LongFunction<Optional<Integer>> currentVersionOfTask) {
        Optional<VisitPass> pass = verify(token);
        if (pass.isEmpty()) {
            return VisitCheck.forged();
        }
        return new VisitCheck(outcome(pass.get(), currentVersionOfTask.apply(pass.get().taskId())), pass.get());
    }

    private Outcome outcome(VisitPass pass, Optional<Integer> currentVersion) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        if (currentVersion.isEmpty()) {
            return UNKNOWN_TASK;
        }
        if (currentVersion.get() != pass.version()) {
            return REVOKED;
        }
        if (!now.isBefore(pass.expiresAt())) {
            return EXPIRED;
        }
        if (today.isBefore(pass.windowFrom())) {
            return NOT_YET_OPEN;
        }
        return today.isAfter(pass.windowTo()) ? WINDOW_CLOSED : GENUINE;
    }

    /** The pass a well-formed code with a valid signature carries; empty for anything else. */
    private Optional<VisitPass> verify(String token) {
        int dot = token.indexOf('.');
        if (token.length() > LONGEST_TOKEN || dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        Optional<byte[]> payload = decode(token.substring(0, dot));
        Optional<byte[]> signature = decode(token.substring(dot + 1));
        if (payload.isEmpty() || signature.isEmpty()) {
            return Optional.empty();
        }
        // MessageDigest.isEqual takes the same time wherever the bytes differ: no guessing a signature byte by byte.
        if (!MessageDigest.isEqual(Sm3.hmac(key, payload.get()), signature.get())) {
            return Optional.empty();
        }
        return parse(payload.get());
    }

    /**
     * Base64url without padding, in its one canonical spelling: the decoder also takes padding and ignores the
     * unused low bits of the last character, which would let a changed code pass as the same one.
     */
    private static Optional<byte[]> decode(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            return BASE64.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static byte[] encode(VisitPass pass) {
        return ByteBuffer.allocate(PAYLOAD_BYTES)
                .put(FORMAT)
                .putLong(pass.taskId())
                .putInt(pass.version())
                .putInt(Math.toIntExact(pass.windowFrom().toEpochDay()))
                .putInt(Math.toIntExact(pass.windowTo().toEpochDay()))
                .putLong(pass.expiresAt().getEpochSecond())
                .array();
    }

    private static Optional<VisitPass> parse(byte[] payload) {
        if (payload.length != PAYLOAD_BYTES || payload[0] != FORMAT) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD_BYTES - 1);
        try {
            return Optional.of(new VisitPass(buffer.getLong(), buffer.getInt(), LocalDate.ofEpochDay(buffer.getInt()),
                    LocalDate.ofEpochDay(buffer.getInt()), Instant.ofEpochSecond(buffer.getLong())));
        } catch (DateTimeException | IllegalArgumentException | BufferUnderflowException unreadable) {
            return Optional.empty();
        }
    }
}
