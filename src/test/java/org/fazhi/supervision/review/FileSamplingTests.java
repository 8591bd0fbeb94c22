package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Verification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sampling of case files is a pure function of published inputs, and the verifier catches any change. */
class FileSamplingTests {

    private static final String SECRET = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final String SOURCE = "中国福利彩票双色球";

    @Test
    void recomputesThePublishedSampleFromThePublishedInputs() {
        PublishedSample sample = drawn(directory(), SampleSize.count(3), "03 12 25 31 33 06 + 07");

        Verification verification = new SampleVerifier().verify(sample);

        assertThat(verification.matches()).as(verification.findings().toString()).isTrue();
        assertThat(sample.drawn()).hasSize(3 + 3 + 2).doesNotHaveDuplicates();
    }

    @Test
    void drawsTheSameFilesEveryTimeAndOtherFilesForAnotherPublicValue() {
        List<Long> once = FileSampling.draw(directory(), SampleSize.count(3), seed("03 12 25 31 33 06 + 07"));
        List<Long> again = FileSampling.draw(directory(), SampleSize.count(3), seed("03 12 25 31 33 06 + 07"));
        List<Long> other = FileSampling.draw(directory(), SampleSize.count(3), seed("01 02 03 04 05 06 + 08"));

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    @Test
    void aChangedDirectoryIsCaughtByItsDigestAndChangesTheSample() {
        PublishedSample sample = drawn(directory(), SampleSize.count(3), "03 12 25 31 33 06 + 07");
        List<String> lines = new ArrayList<>(sample.directory().lines());
        lines.remove(0);
        PublishedSample tampered = new PublishedSample(sample.format(), sample.algorithm(), sample.campaign(),
                sample.sampleSize(), sample.seed(), new PublishedSample.Directory(sample.directory().digest(),
                        lines.size(), lines), sample.drawn());

        Verification verification = new SampleVerifier().verify(tampered);

        assertThat(verification.matches()).isFalse();
        assertThat(verification.findings().get(0)).startsWith("可抽取案卷名录摘要不符");
    }

    @Test
    void aChangedPublicValueBreaksTheSeedAndASwappedFileIsNamed() {
        PublishedSample sample = drawn(directory(), SampleSize.count(3), "03 12 25 31 33 06 + 07");
        CombinedSeed seed = sample.seed();
        CombinedSeed otherValue = new CombinedSeed(seed.construction(), seed.announced(), seed.secret(),
                new CombinedSeed.Entry("01 02 03 04 05 06 + 08", "supervisor", seed.entry().enteredAt(), List.of()),
                seed.value());
        List<Long> swapped = new ArrayList<>(sample.drawn());
        swapped.set(0, swapped.get(0) == 1L ? 2L : 1L);

        Verification byValue = new SampleVerifier().verify(with(sample, otherValue, sample.drawn()));
        Verification byResult = new SampleVerifier().verify(with(sample, seed, swapped));

        assertThat(byValue.findings()).anyMatch(finding -> finding.startsWith("种子不是秘密值与公开随机值的组合"));
        assertThat(byResult.findings()).singleElement().asString().startsWith("抽中的案卷不同");
    }

    @Test
    void sizesBySomeFilesOrAShareRoundedHalfUpAndAtLeastOne() {
        assertThat(SampleSize.count(5).of(3)).isEqualTo(3);
        assertThat(SampleSize.count(5).of(0)).isZero();
        assertThat(SampleSize.share("0.1").of(25)).isEqualTo(3);
        assertThat(SampleSize.share("0.1").of(24)).isEqualTo(2);
        assertThat(SampleSize.share("0.05").of(3)).isEqualTo(1);
        assertThat(FileSampling.draw(directory(), SampleSize.share("0.5"), seed("x"))).hasSize(4 + 3 + 1);
    }

    @Test
    void averagesTheReviewersAndFlagsALargeSpread() {
        ReviewChecklist checklist = ReviewChecklist.defaults();
        FileScore close = FileScore.of(2, List.of(new BigDecimal("92"), new BigDecimal("95.5")), checklist);
        FileScore apart = FileScore.of(3, List.of(new BigDecimal("70"), new BigDecimal("90"), new BigDecimal("95")),
                checklist);
        FileScore unfinished = FileScore.of(3, List.of(new BigDecimal("98")), checklist);

        assertThat(checklist.totalPoints()).isEqualTo(100);
        assertThat(close.average()).isEqualByComparingTo("93.8");
        assertThat(close.spread()).isEqualByComparingTo("3.5");
        assertThat(close.excellent()).isTrue();
        assertThat(close.spreadFlagged()).isFalse();
        assertThat(apart.average()).isEqualByComparingTo("85.0");
        assertThat(apart.spread()).isEqualByComparingTo("25");
        assertThat(apart.spreadFlagged()).isTrue();
        assertThat(apart.excellent()).isFalse();
        assertThat(unfinished.excellent()).as("excellent only once every reviewer scored").isFalse();
    }

    /** Agency 7 closed 8 files, agency 9 closed 6, agency 12 closed 2. */
    private static List<CaseFileEntry> directory() {
        List<CaseFileEntry> files = new ArrayList<>();
        for (long id = 1; id <= 16; id++) {
            long agency = id <= 8 ? 7 : id <= 14 ? 9 : 12;
            files.add(new CaseFileEntry(id, agency, "AJ2025" + String.format("%04d", id)));
        }
        return files;
    }

    private static String seed(String publicValue) {
        return CombinedSeed.seedOf(SECRET, publicValue);
    }

    private static PublishedSample drawn(List<CaseFileEntry> directory, SampleSize size, String publicValue) {
        String readingAt = "2025-03-16T21:15:00+08:00";
        CombinedSeed.Announcement announced = new CombinedSeed.Announcement(
                CombinedSeed.commitmentOf(SECRET, SOURCE, "2025030", readingAt), SOURCE, "2025030",
                "2025-03-10T10:00:00+08:00", readingAt);
        CombinedSeed seed = CombinedSeed.combine(announced, SECRET,
                new CombinedSeed.Entry(publicValue, "supervisor", "2025-03-17T09:40:12+08:00", List.of()));
        List<String> lines = FileSampling.lines(directory);
        return new PublishedSample(PublishedSample.FORMAT, FileSampling.ALGORITHM,
                new PublishedSample.Campaign("PC-410425-2025-01", "2025年度案卷评查", "410425", List.of(7L, 9L, 12L)),
                size, seed, PublishedSample.Directory.of(lines), FileSampling.draw(directory, size, seed.value()));
    }

    private static PublishedSample with(PublishedSample sample, CombinedSeed seed, List<Long> drawn) {
        return new PublishedSample(sample.format(), sample.algorithm(), sample.campaign(), sample.sampleSize(), seed,
                sample.directory(), drawn);
    }
}
