package org.fazhi.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedStreamTests {

    @Test
    void firstLongIsTheStartOfSm3OverSeedDomainAndBlockZero() {
        SeedStream stream = new SeedStream("县司法局-2025-03");

        assertThat(stream.nextLong()).isEqualTo(ByteBuffer.wrap(block("县司法局-2025-03", 0)).getLong(0));
    }

    @Test
    void blocksFollowEachOtherEightBytesAtATime() {
        SeedStream stream = new SeedStream("seed");
        ByteBuffer first = ByteBuffer.wrap(block("seed", 0));
        ByteBuffer second = ByteBuffer.wrap(block("seed", 1));

        for (int i = 0; i < 4; i++) {
            assertThat(stream.nextLong()).isEqualTo(first.getLong(8 * i));
        }
        assertThat(stream.nextLong()).isEqualTo(second.getLong(0));
    }

    @Test
    void nextIntIsTheRemainderOfTheLow63Bits() {
        SeedStream longs = new SeedStream("remainders");
        SeedStream ints = new SeedStream("remainders");

        for (int bound : new int[] {1, 2, 3, 10, 1 << 30, 1_000_003, Integer.MAX_VALUE}) {
            assertThat(ints.nextInt(bound)).isEqualTo((int) ((longs.nextLong() & Long.MAX_VALUE) % bound));
        }
    }

    @Test
    void nextIntStaysWithinItsBound() {
        SeedStream stream = new SeedStream("bounds");

        for (int bound : new int[] {1, 2, 3, 7, 10, 1000, 65_537, Integer.MAX_VALUE}) {
            for (int i = 0; i < 2000; i++) {
                assertThat(stream.nextInt(bound)).isBetween(0, bound - 1);
            }
        }
    }

    @Test
    void nextIntIsRoughlyUniformOverTenBuckets() {
        SeedStream stream = new SeedStream("uniformity");
        int draws = 100_000;
        int[] buckets = new int[10];
        for (int i = 0; i < draws; i++) {
            buckets[stream.nextInt(10)]++;
        }
        double expected = draws / 10.0;
        double chiSquare = 0;
        for (int count : buckets) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 9 degrees of freedom: 27.9 is the 99.9 % point, so 40 only fails for a real bias.
        assertThat(chiSquare).isLessThan(40);
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> new SeedStream("x").nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] block(String seed, long index) {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(seed.getBytes(StandardCharsets.UTF_8));
        input.writeBytes("fazhi-draw-v1".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(ByteBuffer.allocate(8).putLong(index).array());
        return Sm3.digest(input.toByteArray());
    }
}
