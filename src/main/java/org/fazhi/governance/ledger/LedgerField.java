package org.fazhi.governance.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a ledger type as declared: its code (the key of the stored value, the form input and the column),
 * its Chinese label (used in every message about it), type and checks, and whether the list shows and searches it.
 *
 * @param min       least value of a number (yuan for MONEY), or null for none
 * @param max       greatest value of a number, or null for none
 * @param maxLength most characters of a text; 0 for the type's default
 * @param pattern   a regular expression the whole text must match, or null
 * @param options   the choices of a CHOICE field, in display order; empty otherwise
 */
record LedgerField(String code, String label, FieldType type, boolean required, @Nullable Long min,
                   @Nullable Long max, int maxLength, @Nullable String pattern, List<String> options, boolean listed,
                   boolean searchable) {

    static final int TEXT_LIMIT = 200;
    static final int LONG_TEXT_LIMIT = 4000;

    LedgerField {
        options = List.copyOf(options);
    }

    /** The most characters the field takes: the declared limit, else the type's. */
    public int lengthLimit() {
        if (maxLength > 0) {
            return maxLength;
        }
        return type == FieldType.LONG_TEXT ? LONG_TEXT_LIMIT : TEXT_LIMIT;
    }
}
