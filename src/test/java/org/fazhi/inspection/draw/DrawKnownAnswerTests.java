package org.fazhi.inspection.draw;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of docs/draw-algorithm.md, section 10: what an independent verifier can test itself against,
 * the seed {@code example} step by step and the same inputs drawn with a combined seed (fazhi-draw/2).
 */
class DrawKnownAnswerTests {

    private final DrawInputs example = new DrawInputs(
            new DrawRules(Map.of("A", BigDecimal.ONE, "B", new BigDecimal("0.5"), "-", BigDecimal.ONE), 2, null, true),
            List.of(new PartyEntry(1, "A", "410425100"), new PartyEntry(2, "B", "410425100"),
                    new PartyEntry(3, "B", "410425101"), new PartyEntry(4, "-", "410425101")),
            List.of(new InspectorEntry(7, 1, "41042519001", "张三"), new InspectorEntry(9, 1, "41042519002", "李四"),
                    new InspectorEntry(11, 2, "41042519003", "王五")),
            List.of(Conflict.livesIn(7, "410425101"), Conflict.withParty(9, 1)), "example");

    @Test
    void streamForTheSeedExample() {
        SeedStream stream = new SeedStream("example");

        assertThat(List.of(stream.nextLong(), stream.nextLong(), stream.nextLong(), stream.nextLong(), stream.nextLong()))
                .containsExactly(0xb75835be2dc1ef4aL, 0xf740dcdb55d8f877L, 0x13b0f2981c828cdeL, 0x377ce65994e374b9L,
                        0xd051b033d34e5973L);
        assertThat(SingleSourceSeed.commitmentOf("example"))
                .isEqualTo("cbb21982b1859d399eceac5200ea524ea393dc8b5acf6a540e66da5fd7979eb3");
    }

    @Test
    void nextIntSequenceOfTheStepByStepTable() {
        SeedStream stream = new SeedStream("example");
        int[] bounds = {1, 2, 1, 3, 3, 3, 3, 3, 3};
        int[] results = new int[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            results[i] = stream.nextInt(bounds[i]);
        }

        assertThat(results).containsExactly(0, 1, 0, 1, 2, 0, 1, 0, 2);
    }

    @Test
    void outcomeAndDigestsOfTheExample() {
        PublishedDraw draw = PublishedDraw.of(new PublishedDraw.Plan("P1", "示例", "410425"), SingleSourceSeed.committed("example"),
                example, RandomDraw.run(example));

        assertThat(draw.result()).isEqualTo(new DrawOutcome(List.of(new Assignment(1, List.of(11L, 7L)),
                new Assignment(3, List.of(9L, 11L)), new Assignment(4, List.of(11L, 9L))), List.of()));
        assertThat(draw.partyDirectory().digest()).isEqualTo("2d061f4de1a6281ec95f8e8dcee7dbe5904c27a5ac8354bbec07aab8744e4c2d");
        assertThat(draw.inspectorDirectory().digest())
                .isEqualTo("7f3aaf422a994bd7258f93a8096ea6111d04dbce838de70f66d3ff2e6efb00cd");
        assertThat(draw.conflicts().digest()).isEqualTo("ee094252e5af1831df2beffb81f71bf874a454d60ebf05ce87506c1263c9d902");
        assertThat(Directories.digest(List.of())).isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void combinedSeedOfTheExample() {
        String secret = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        String seed = CombinedSeed.seedOf(secret, "03 12 25 31 33 06 + 07");
        SeedStream stream = new SeedStream(seed);
        int[] bounds = {1, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        int[] results = new int[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            results[i] = stream.nextInt(bounds[i]);
        }
        DrawInputs inputs = new DrawInputs(example.rules(), example.parties(), example.inspectors(), example.conflicts(),
                seed);

        assertThat(CombinedSeed.commitmentOf(secret, "中国福利彩票双色球", "2025030", "2025-03-16T21:15:00+08:00"))
                .isEqualTo("82d6022401a24b9b2bc99b71628b713ab7555a6d4b5114bc41164e2176bf0887");
        assertThat(seed).isEqualTo("2bdb6e25771f16671e8e5bd0e4c06efe6fa079e22f1877dd3f759871feed4f7c");
        SeedStream longs = new SeedStream(seed);
        assertThat(List.of(longs.nextLong(), longs.nextLong())).containsExactly(0x7c2aab3d8a4b0201L, 0xdbd277bb835ddf21L);
        assertThat(results).containsExactly(0, 1, 0, 2, 0, 0, 2, 2, 1, 0, 2, 0, 1);
        assertThat(RandomDraw.run(inputs)).isEqualTo(new DrawOutcome(List.of(new Assignment(1, List.of(11L, 7L)),
                new Assignment(3, List.of(11L, 9L)), new Assignment(4, List.of(11L, 9L))), List.of()));
    }

    @Test
    void roundsEachStratumHalfUpExactlyInDecimal() {
        DrawRules rules = new DrawRules(Map.of("A", new BigDecimal("0.05")), 2, null, false);

        assertThat(rules.selectionCount("A", 50)).isEqualTo(3);
        assertThat(rules.selectionCount("A", 49)).isEqualTo(2);
        assertThat(rules.selectionCount("B", 49)).isZero();
    }
}
