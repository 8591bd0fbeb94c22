package org.fazhi.casework.casefile;

import java.math.BigDecimal;

import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/** The checks a step's input needs before the procedure weighs it: text given, amounts in yuan to the fen. */
final class Input {

    private Input() {
    }

    static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "casework.input.required");
        }
        if (value.length() > 4000) {
            throw InvalidInput.of(field, "casework.input.too-long");
        }
        return value.strip();
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An amount in yuan, none meaning zero; never negative, never finer than a fen. */
    static Money yuan(String field, @Nullable BigDecimal yuan) {
        if (yuan == null) {
            return Money.ZERO;
        }
        if (yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
            throw InvalidInput.of(field, "casework.input.amount");
        }
        try {
            return Money.ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw InvalidInput.of(field, "casework.input.amount");
        }
    }

    static @Nullable Money yuanOrNull(String field, @Nullable BigDecimal yuan) {
        return yuan == null ? null : yuan(field, yuan);
    }
}
