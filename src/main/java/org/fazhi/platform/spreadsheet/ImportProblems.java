package org.fazhi.platform.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems found in one upload. Keeps the first ones up to a cap and only counts the rest, so a file with a
 * million bad rows cannot exhaust memory, while the user still learns how many problems there are.
 */
public final class ImportProblems implements java.io.Serializable {

    public static final int DEFAULT_CAP = 1_000;

    private final int cap;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public ImportProblems() {
        this(DEFAULT_CAP);
    }

    public ImportProblems(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.cap = cap;
    }

    public void add(ImportProblem problem) {
        count++;
        if (kept.size() < cap) {
            kept.add(problem);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many problems were found, including those not kept. */
    public long count() {
        return count;
    }

    /** The kept problems, in the order they were found (top to bottom, left to right). */
    public List<ImportProblem> list() {
        return Collections.unmodifiableList(kept);
    }

    /** How many problems were counted but not kept. */
    public long notKept() {
        return count - kept.size();
    }
}
