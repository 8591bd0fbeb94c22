package org.fazhi.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.inspection.draw.DrawFixtures.SECRET;
import static org.fazhi.inspection.draw.DrawFixtures.SESSION;

/** The combined seed of fazhi-draw/2: its two hashes, byte for byte, and what each check catches. */
class CombinedSeedTests {

    private final CombinedSeed honest = CombinedSeed.combine(DrawFixtures.announced(SECRET), SECRET,
            DrawFixtures.entry("40417362"));

    @Test
    void theSeedIsSm3OfItsDomainTheSecretAndThePublicValueEachEndedByALineFeed() {
        String expected = Sm3.hex(Sm3.digest(bytes("fazhi-seed-v2\n", SECRET + "\n", "40417362\n")));

        assertThat(honest.value()).isEqualTo(expected).isEqualTo(CombinedSeed.seedOf(SECRET, "40417362"));
        assertThat(honest.discrepancies()).isEmpty();
    }

    @Test
    void theCommitmentBindsTheSecretTheSourceTheIssueAndTheMoment() {
        String moment = "2025-03-17T09:30:00+08:00";
        String commitment = CombinedSeed.commitmentOf(SECRET, SESSION, null, moment);

        assertThat(commitment).isEqualTo(Sm3.hex(Sm3.digest(bytes("fazhi-commit-v2\n", SECRET + "\n", SESSION + "\n",
                "\n", moment + "\n"))));
        assertThat(List.of(CombinedSeed.commitmentOf(SECRET.replace('0', '1'), SESSION, null, moment),
                CombinedSeed.commitmentOf(SECRET, "中国福利彩票双色球", null, moment),
                CombinedSeed.commitmentOf(SECRET, SESSION, "2025030", moment),
                CombinedSeed.commitmentOf(SECRET, SESSION, null, "2025-03-18T09:30:00+08:00")))
                .doesNotContain(commitment).doesNotHaveDuplicates();
    }

    @Test
    void aWrongPublicValueIsCaught() {
        CombinedSeed claimed = new CombinedSeed(CombinedSeed.CONSTRUCTION, honest.announced(), SECRET,
                DrawFixtures.entry("40417363"), honest.value());

        assertThat(claimed.keepsCommitment()).isTrue();
        assertThat(claimed.discrepancies()).containsExactly("种子不是秘密值与公开随机值的组合：公布为 "
                + DrawSeed.brief(honest.value()) + "，重算为 " + DrawSeed.brief(CombinedSeed.seedOf(SECRET, "40417363")));
    }

    @Test
    void aChangedSecretIsCaughtByTheCommitmentEvenWithTheSeedRecomputed() {
        String other = SECRET.replace('1', '2');
        CombinedSeed changed = CombinedSeed.combine(honest.announced(), other, honest.entry());

        assertThat(changed.combinesSecretAndPublicValue()).isTrue();
        assertThat(changed.discrepancies()).singleElement().asString()
                .startsWith("承诺值与公布的秘密值、公开随机源和读取时刻不符：承诺值为 " + DrawSeed.brief(honest.announced().commitment()));
    }

    @Test
    void aChangedCommitmentOrAnotherAnnouncedMomentIsCaught() {
        CombinedSeed.Announcement announced = honest.announced();
        CombinedSeed recommitted = CombinedSeed.combine(new CombinedSeed.Announcement(
                CombinedSeed.commitmentOf(SECRET.replace('a', 'b'), SESSION, null, announced.readingAt()), SESSION, null,
                announced.publishedAt(), announced.readingAt()), SECRET, honest.entry());
        CombinedSeed laterSession = CombinedSeed.combine(new CombinedSeed.Announcement(announced.commitment(), SESSION,
                null, announced.publishedAt(), "2025-03-18T09:30:00+08:00"), SECRET, new CombinedSeed.Entry("40417362",
                "bureau.410425", "2025-03-18T09:40:00+08:00", List.of()));

        assertThat(recommitted.discrepancies()).singleElement().asString().startsWith("承诺值与公布的");
        assertThat(laterSession.discrepancies()).singleElement().asString().startsWith("承诺值与公布的");
    }

    @Test
    void aValueReadBeforePublicationOrEnteredBeforeItsMomentIsCaught() {
        String before = "2025-03-10T09:00:00+08:00";
        CombinedSeed known = CombinedSeed.combine(new CombinedSeed.Announcement(
                CombinedSeed.commitmentOf(SECRET, SESSION, null, before), SESSION, null, "2025-03-10T10:00:00+08:00",
                before), SECRET, new CombinedSeed.Entry("40417362", "bureau.410425", before, List.of()));
        CombinedSeed early = CombinedSeed.combine(honest.announced(), SECRET, new CombinedSeed.Entry("40417362",
                "bureau.410425", "2025-03-17T09:29:59+08:00", List.of()));

        assertThat(known.discrepancies()).containsExactly("公开随机值的读取时刻 " + before
                + " 不晚于计划公布时刻 2025-03-10T10:00:00+08:00，公布时该值可能已经可知");
        assertThat(early.discrepancies()).containsExactly(
                "公开随机值的录入时刻 2025-03-17T09:29:59+08:00 早于其读取时刻 2025-03-17T09:30:00+08:00");
    }

    @Test
    void anUnknownConstructionIsNotChecked() {
        CombinedSeed later = new CombinedSeed("fazhi-seed-v3", honest.announced(), SECRET, honest.entry(),
                honest.value());

        assertThat(later.discrepancies()).containsExactly("种子构造 fazhi-seed-v3 不是本程序实现的 fazhi-seed-v2，无法核对种子");
    }

    @Test
    void refusesWhatCannotBeHashedUnambiguously() {
        assertThatThrownBy(() -> CombinedSeed.combine(honest.announced(), "ABC", honest.entry()))
                .hasMessageContaining("秘密值须为 64 位小写十六进制数");
        assertThatThrownBy(() -> DrawFixtures.entry("4041\n7362")).hasMessageContaining("公开随机值须为不含换行的非空文字");
        assertThatThrownBy(() -> new CombinedSeed.Announcement(honest.announced().commitment(), SESSION, null,
                "2025-03-10 10:00", "2025-03-17T09:30:00+08:00")).hasMessageContaining("计划公布时刻应写作");
        assertThatThrownBy(() -> new CombinedSeed.Announcement(honest.announced().commitment(), SESSION, "",
                "2025-03-10T10:00:00+08:00", "2025-03-17T09:30:00+08:00")).hasMessageContaining("期号须为");
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
