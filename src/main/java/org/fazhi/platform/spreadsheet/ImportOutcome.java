package org.fazhi.platform.spreadsheet;

/** How an import ended: every row written, or nothing written and the problems by row and column. */
public record ImportOutcome(long written, ImportProblems problems) {

    public boolean refused() {
        return !problems.isEmpty();
    }
}
