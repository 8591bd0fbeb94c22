package org.fazhi.supervision.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fazhi.inspection.draw.SeedStream;

/**
 * The sampling of closed case files for a review campaign (案卷评查), algorithm {@value #ALGORITHM}: the same
 * verifiable draw as the inspection plans' (docs/draw-algorithm.md, section 14). The directory is split by agency
 * (agency ids ascending), each agency's files kept in case-id order; from an agency of n files the first k positions
 * of a partial Fisher–Yates shuffle driven by one {@link SeedStream} are taken, k given by the {@link SampleSize}.
 * A pure function of the published directory, size and seed.
 */
public final class FileSampling {

    public static final String ALGORITHM = "fazhi-file-sample-v1";

    private FileSampling() {
    }

    /** The case ids drawn, agency by agency, each agency's in the order drawn. */
    public static List<Long> draw(List<CaseFileEntry> directory, SampleSize size, String seed) {
        Map<Long, List<CaseFileEntry>> byAgency = new TreeMap<>();
        for (CaseFileEntry entry : directory) {
            byAgency.computeIfAbsent(entry.agencyId(), agency -> new ArrayList<>()).add(entry);
        }
        SeedStream stream = new SeedStream(seed);
        List<Long> drawn = new ArrayList<>();
        for (List<CaseFileEntry> files : byAgency.values()) {
            files.sort(Comparator.comparingLong(CaseFileEntry::caseId));
            int n = files.size();
            int k = size.of(n);
            for (int i = 0; i < k; i++) {
                int j = i + stream.nextInt(n - i);
                CaseFileEntry swap = files.get(i);
                files.set(i, files.get(j));
                files.set(j, swap);
                drawn.add(files.get(i).caseId());
            }
        }
        return drawn;
    }

    /** The directory's canonical lines: sorted by case id; a case listed twice is refused. */
    public static List<String> lines(List<CaseFileEntry> directory) {
        List<CaseFileEntry> sorted = new ArrayList<>(directory);
        sorted.sort(Comparator.comparingLong(CaseFileEntry::caseId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).caseId() == sorted.get(i - 1).caseId()) {
                throw new IllegalArgumentException("案卷 " + sorted.get(i).caseId() + " 在名录中出现不止一次");
            }
        }
        return sorted.stream().map(CaseFileEntry::line).toList();
    }
}
