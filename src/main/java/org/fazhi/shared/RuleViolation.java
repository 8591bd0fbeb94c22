package org.fazhi.shared;

/**
 * A domain object refused a change because a rule forbids it. The message key resolves to Chinese text; the legal
 * basis (e.g. {@code 行政处罚法第四十二条}) is shown beside it when the rule comes from a statute.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String legalBasis;
    private final Object[] arguments;

    public RuleViolation(String messageKey, String legalBasis, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.legalBasis = legalBasis;
        this.arguments = arguments.clone();
    }

    public static RuleViolation of(String messageKey, Object... arguments) {
        return new RuleViolation(messageKey, "", arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
