package org.fazhi.shared;

import java.util.Arrays;

/**
 * A value object refused its input. Carries a message key (resolved to Chinese by the web layer) and the
 * arguments; never the rejected value itself when that could be personal data.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final Object[] arguments;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "InvalidValueException[" + messageKey + ", " + Arrays.toString(arguments) + "]";
    }
}
