package org.fazhi.disclosure.redaction;

import java.util.ArrayList;
import java.util.List;

/** Where the officers' names and the other kept terms of the context occur: no span may touch them. */
final class KeptTerms {

    private KeptTerms() {
    }

    static List<int[]> occurrences(String text, RedactionContext context) {
        List<int[]> ranges = new ArrayList<>();
        addAll(text, context.keptNames(), ranges);
        addAll(text, context.keptTerms(), ranges);
        return ranges;
    }

    private static void addAll(String text, List<String> terms, List<int[]> into) {
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                into.add(new int[] {at, at + term.length()});
            }
        }
    }
}
