package org.fazhi.disclosure.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor typed in the keyword box: words separated by spaces, all of which a decision must contain. A word
 * is found through its adjacent character pairs, coded as {@code disclosure.bigrams} codes them (migration
 * V2026_12_05_60); a word of exactly two characters of the basic plane is its own pair, so the index alone proves
 * it, and a longer one is confirmed by its exact position in the text. One character alone is refused: it would
 * match nearly every decision and no index can serve it.
 */
record PortalKeywords(List<String> words) {

    static final int MAX_WORDS = 5;
    static final int MAX_LENGTH = 30;
    static final String FIELD = "q";

    PortalKeywords {
        words = List.copyOf(words);
    }

    static PortalKeywords none() {
        return new PortalKeywords(List.of());
    }

    /** The words of the box, each once; full-width spaces separate too. */
    static PortalKeywords parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return none();
        }
        Set<String> words = new LinkedHashSet<>(List.of(typed.strip().split("[\\s\\u3000]+")));
        if (words.size() > MAX_WORDS) {
            throw InvalidInput.of(FIELD, "disclosure.portal.keyword.too-many", MAX_WORDS);
        }
        for (String word : words) {
            int length = word.codePointCount(0, word.length());
            if (length < 2) {
                throw InvalidInput.of(FIELD, "disclosure.portal.keyword.too-short", word);
            }
            if (length > MAX_LENGTH) {
                throw InvalidInput.of(FIELD, "disclosure.portal.keyword.too-long", MAX_LENGTH);
            }
        }
        return new PortalKeywords(new ArrayList<>(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The pairs of all the words, sorted, each once: what the decision's pairs must contain. */
    int[] pairs() {
        TreeSet<Integer> all = new TreeSet<>();
        words.forEach(word -> all.addAll(pairsOf(word)));
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The words the pairs do not prove: longer than two characters, or outside the basic plane. */
    List<String> confirmedByPosition() {
        return words.stream().filter(word -> word.codePointCount(0, word.length()) > 2
                || word.codePoints().anyMatch(Character::isSupplementaryCodePoint)).toList();
    }

    /** The distinct pair codes of a text, as {@code disclosure.bigrams(text)} computes them. */
    static TreeSet<Integer> pairsOf(String text) {
        int[] points = text.codePoints().toArray();
        TreeSet<Integer> pairs = new TreeSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(code(points[i], points[i + 1]));
        }
        return pairs;
    }

    /** Both characters' low 16 bits, shifted into int's range: {@code (a & 0xFFFF) * 65536 + (b & 0xFFFF) - 2^31}. */
    static int code(int first, int second) {
        long pair = ((long) (first & 0xFFFF) << 16) | (second & 0xFFFF);
        return (int) (pair - 0x8000_0000L);
    }
}
