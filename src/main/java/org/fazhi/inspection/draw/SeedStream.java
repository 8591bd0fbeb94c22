package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.shared.Sm3;

/**
 * The draw's only source of chance: a stream of bytes anyone can regenerate from the seed. Block i is
 * SM3(seed || "fazhi-draw-v1" || i as a big-endian unsigned 64-bit integer); the stream is blocks 0, 1, 2, ...
 * one after the other. Not a general-purpose random generator: it is deterministic by design.
 */
public final class SeedStream {

    private static final byte[] DOMAIN = RandomDraw.ALGORITHM.getBytes(StandardCharsets.UTF_8);
    private static final long TWO_TO_THE_63 = Long.MIN_VALUE;

    private final SM3Digest prefix = new SM3Digest();
    private final byte[] block = new byte[Sm3.DIGEST_LENGTH];
    private long nextBlock;
    private int position = block.length;

    public SeedStream(String seed) {
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        prefix.update(bytes, 0, bytes.length);
        prefix.update(DOMAIN, 0, DOMAIN.length);
    }

    /** The next 8 bytes of the stream, big-endian. */
    public long nextLong() {
        if (position == block.length) {
            refill();
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (block[position++] & 0xFF);
        }
        return value;
    }

    /**
     * Uniform in [0, bound) by rejection: a 63-bit value is kept only below the largest multiple of bound that is at
     * most 2^63, so every remainder is equally likely.
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.divideUnsigned(TWO_TO_THE_63, bound) * bound;
        while (true) {
            long value = nextLong() & Long.MAX_VALUE;
            if (Long.compareUnsigned(value, limit) < 0) {
                return (int) (value % bound);
            }
        }
    }

    private void refill() {
        SM3Digest digest = new SM3Digest(prefix);
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (nextBlock >>> shift));
        }
        digest.doFinal(block, 0);
        nextBlock++;
        position = 0;
    }
}
