package org.fazhi.supervision.monitoring.rule;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rules' Chinese sentences, from {@code messages/supervision-rules.properties}: a summary says what is wrong
 * with the figures. Arguments are passed as text (dates as 2026-03-25, money already formatted) so that the message
 * format adds no grouping or localisation of its own.
 */
@Component
class RuleTexts {

    /** How many codes a summary lists before it says "等 N 件". */
    static final int LISTED = 5;

    private final MessageSource messages;

    RuleTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    /** Parts joined by the Chinese enumeration comma. */
    static String enumerate(List<String> parts) {
        return String.join("、", parts);
    }

    /** The first few codes, and how many more there are. */
    String codes(List<String> codes) {
        if (codes.size() <= LISTED) {
            return enumerate(codes);
        }
        return text("supervision.rule.listed-codes", enumerate(codes.subList(0, LISTED)), String.valueOf(codes.size()));
    }
}
