package org.fazhi.platform.spreadsheet;

import java.util.List;

/** How an import ended: every row written, or nothing written and the problems by row and column. */
public record ImportOutcome(long written, ImportProblems problems) implements ImportResult {

    @Override
    public boolean refused() {
        return !problems.isEmpty();
    }

    @Override
    public String doneKey() {
        return "import.done";
    }

    @Override
    public List<Object> doneArguments() {
        return List.of(written);
    }
}
