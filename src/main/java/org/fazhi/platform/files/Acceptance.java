package org.fazhi.platform.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an owner accepts for one field of its form: which kinds, how large at most (the store's own limit per
 * category applies as well), and the message keys that explain a refusal in the owner's words:
 * {@code <messages>.type} (arguments: the file's name, the kinds accepted) and {@code <messages>.too-large} (the
 * name, the limit in MB).
 *
 * @param field    the form field a refusal is shown beside
 * @param messages prefix of the refusal message keys; {@code files} gives the store's general wording
 * @param kinds    the kinds accepted
 * @param maxBytes the owner's limit, if stricter than the store's
 */
public record Acceptance(String field, String messages, Set<FileKind> kinds, long maxBytes) {

    public Acceptance {
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty() || maxBytes <= 0) {
            throw new IllegalArgumentException("an acceptance takes some kind of file of some size");
        }
    }

    public static Acceptance of(String field, String messages, FileKind first, FileKind... more) {
        return new Acceptance(field, messages, EnumSet.of(first, more), Long.MAX_VALUE);
    }

    /** Every kind the store keeps, within its own limits, explained in its general wording (evidence). */
    public static Acceptance anyKind(String field) {
        return new Acceptance(field, "files", EnumSet.allOf(FileKind.class), Long.MAX_VALUE);
    }

    public Acceptance atMost(long bytes) {
        return new Acceptance(field, messages, kinds, bytes);
    }
}
