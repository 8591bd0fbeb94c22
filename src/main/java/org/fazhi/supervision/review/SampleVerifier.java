package org.fazhi.supervision.review;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.draw.Directories;
import org.fazhi.inspection.draw.DrawSeed;
import org.fazhi.inspection.draw.Verification;

/**
 * Checks a published sample of case files the way anyone could: the directory's digest and count, the combined
 * seed (its commitment, its combination of secret and public value, the order of events), then the sample
 * recomputed from the published lines, size and seed, compared with the published one.
 */
public final class SampleVerifier {

    public Verification verify(PublishedSample sample) {
        List<String> findings = new ArrayList<>();
        if (!FileSampling.ALGORITHM.equals(sample.algorithm())) {
            findings.add("抽取算法 " + sample.algorithm() + " 不是本程序实现的 " + FileSampling.ALGORITHM + "，无法重算");
            return new Verification(false, findings);
        }
        PublishedSample.Directory directory = sample.directory();
        String digest = Directories.digest(directory.lines());
        if (!digest.equals(directory.digest())) {
            findings.add("可抽取案卷名录摘要不符：公布 " + DrawSeed.brief(directory.digest()) + "，按公布的名录重算为 "
                    + DrawSeed.brief(digest));
        }
        if (directory.count() != directory.lines().size()) {
            findings.add("可抽取案卷名录条数不符：公布 " + directory.count() + " 条，实际列出 " + directory.lines().size() + " 条");
        }
        findings.addAll(sample.seed().discrepancies());
        List<Long> recomputed;
        try {
            recomputed = FileSampling.draw(directory.entries(), sample.sampleSize(), sample.seed().value());
        } catch (IllegalArgumentException refused) {
            findings.add("无法按公布的输入重算：" + refused.getMessage());
            return new Verification(false, findings);
        }
        if (!recomputed.equals(sample.drawn())) {
            findings.add("抽中的案卷不同：公布为 " + brief(sample.drawn()) + "，重算为 " + brief(recomputed));
        }
        return new Verification(findings.isEmpty(), findings);
    }

    private static String brief(List<Long> ids) {
        return ids.size() <= 10 ? ids.toString()
                : ids.subList(0, 10).toString().replace("]", ", …] 共 " + ids.size() + " 份");
    }
}
