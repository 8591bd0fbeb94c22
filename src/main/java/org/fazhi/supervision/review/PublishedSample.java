package org.fazhi.supervision.review;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Directories;

/**
 * The public record of a campaign's draw (format {@value #FORMAT}): the campaign, the sample size, the combined seed
 * (commitment, secret, public value), the directory of eligible files as canonical lines with their SM3 digest, and
 * the case ids drawn. Everything needed to recompute the sample; {@link SampleVerifier} does, and so can anyone
 * following docs/draw-algorithm.md, section 14.
 */
public record PublishedSample(String format, String algorithm, Campaign campaign, SampleSize sampleSize,
                              CombinedSeed seed, Directory directory, List<Long> drawn) {

    public static final String FORMAT = "fazhi-file-sample/1";

    /** The campaign as the public knows it. */
    public record Campaign(String code, String name, String region, List<Long> agencies) {

        public Campaign {
            agencies = List.copyOf(agencies);
        }
    }

    /** The directory as published: its lines, their number and the digest announced before the draw. */
    public record Directory(String digest, int count, List<String> lines) {

        public Directory {
            lines = List.copyOf(lines);
        }

        public static Directory of(List<String> lines) {
            return new Directory(Directories.digest(lines), lines.size(), lines);
        }

        /** The entries read back strictly from the lines, which must be in ascending case-id order. */
        public List<CaseFileEntry> entries() {
            List<CaseFileEntry> entries = new ArrayList<>(lines.size());
            for (String line : lines) {
                CaseFileEntry entry = CaseFileEntry.parse(line);
                if (!entries.isEmpty() && entries.get(entries.size() - 1).caseId() >= entry.caseId()) {
                    throw new IllegalArgumentException("案卷名录未按案卷编号升序排列：" + line);
                }
                entries.add(entry);
            }
            return entries;
        }
    }

    public PublishedSample {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("不是 " + FORMAT + " 格式的案卷抽取结果：" + format);
        }
        drawn = List.copyOf(drawn);
    }
}
