package org.fazhi.inspection.draw;

import org.jspecify.annotations.Nullable;

/** Region codes in the draw's inputs are plain digit strings; the draw does not need to know the code lists. */
final class Digits {

    private Digits() {
    }

    static boolean only(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
