package org.fazhi.platform.spreadsheet;

import java.util.List;

/** What the import page shows of a finished upload: refused or written (and what), and the problems found. */
public interface ImportResult {

    /** Nothing was written. */
    boolean refused();

    ImportProblems problems();

    /** The message saying what was written. */
    String doneKey();

    List<Object> doneArguments();
}
