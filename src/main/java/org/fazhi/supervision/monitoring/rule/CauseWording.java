package org.fazhi.supervision.monitoring.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences of the rules' causes, from {@code messages/supervision-rules.properties}
 * ({@code supervision.rule.<CODE>.summary...}): arguments are passed already formatted, so that a number reads the
 * same in every summary.
 */
@Component
class CauseWording {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    CauseWording(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return messages.getMessage(key, strings, CHINESE);
    }

    /** {@code 0.4286} as {@code 42.9%}. */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code 2.456} as {@code 2.46}. */
    static String times(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
