package org.fazhi.disclosure.redaction;

/**
 * One proposed redaction: the characters {@code [start, end)} of the original text, what they are and what is
 * published instead. Spans are data so that the legal office can review, add and remove them before publishing.
 */
public record RedactionSpan(int start, int end, RedactionKind kind, String original, String replacement) {

    public RedactionSpan {
        if (start < 0 || end <= start || original.length() != end - start) {
            throw new IllegalArgumentException("A span covers the characters of its original text: " + start + ".." + end);
        }
    }

    /** A span the legal office marks by hand: every character but punctuation becomes {@code *}. */
    public static RedactionSpan manual(String text, int start, int end) {
        String original = text.substring(start, end);
        return new RedactionSpan(start, end, RedactionKind.OTHER, original, Masks.maskLettersAndDigits(original, true));
    }

    boolean overlaps(RedactionSpan other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
