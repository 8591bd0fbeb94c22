package org.fazhi.disclosure.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fixed set of Chinese words found by their first character: one array look-up per character of the text instead
 * of a regular expression alternation tried at every position (the redaction of a decision runs on every publish).
 */
final class WordTable {

    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9fff';

    private final String[][] byFirstCharacter = new String[LAST - FIRST + 1][];
    private final List<String> words;

    WordTable(List<String> words) {
        this.words = List.copyOf(words);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < byFirstCharacter.length; i++) {
            buckets.add(null);
        }
        for (String word : words) {
            int slot = slot(word.charAt(0));
            if (slot < 0) {
                throw new IllegalArgumentException("A word starts with a Chinese character: " + word);
            }
            if (buckets.get(slot) == null) {
                buckets.set(slot, new ArrayList<>());
            }
            buckets.get(slot).add(word);
        }
        for (int i = 0; i < byFirstCharacter.length; i++) {
            if (buckets.get(i) != null) {
                byFirstCharacter[i] = buckets.get(i).stream()
                        .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
            }
        }
    }

    /** The longest word starting at {@code at}, or null. */
    String at(String text, int at) {
        int slot = slot(text.charAt(at));
        String[] candidates = slot < 0 ? null : byFirstCharacter[slot];
        if (candidates != null) {
            for (String word : candidates) {
                if (text.startsWith(word, at)) {
                    return word;
                }
            }
        }
        return null;
    }

    /** Whether one of the words ends exactly at {@code end}. */
    boolean endsAt(String text, int end) {
        for (String word : words) {
            if (end >= word.length() && text.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    private static int slot(char c) {
        return c >= FIRST && c <= LAST ? c - FIRST : -1;
    }
}
