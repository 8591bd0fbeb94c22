package org.fazhi.shared;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A 统一社会信用代码 (GB 32100-2015): the one code that names an enterprise, institution or individual business
 * everywhere. Eighteen characters from an alphabet without I, O, Z, S and V (they read like 1, 0, 2, 5 and U),
 * the last a mod-31 check character, so a mistyped character is caught at the form instead of creating a second
 * regulated party for the same enterprise.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    public CreditCode {
        Optional<String> problem = check(value);
        if (problem.isPresent()) {
            throw new InvalidValueException(problem.get());
        }
    }

    /** Accepts what people type: surrounding spaces (full-width ones too) and lower case. */
    public static CreditCode of(@Nullable String value) {
        return new CreditCode(normalise(value));
    }

    /**
     * Why {@code value} is not a credit code, as a message key, or empty when it is one (after the same
     * normalisation as {@link #of}). For importers that report every bad row instead of stopping at the first.
     */
    public static Optional<String> validate(@Nullable String value) {
        return check(normalise(value));
    }

    public static boolean isValid(@Nullable String value) {
        return validate(value).isEmpty();
    }

    /**
     * The first credit code written inside other text, such as what a business licence's QR code holds: a link to
     * the 国家企业信用信息公示系统 with the code as a parameter, or "统一社会信用代码：…" text. Only a run of exactly 18
     * letters and digits counts (a code sits between punctuation or Chinese text), and only with a valid check
     * character, so a longer token such as an encrypted parameter never yields a code by chance.
     */
    public static Optional<CreditCode> findIn(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inRun = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
            if (inRun && start < 0) {
                start = i;
            } else if (!inRun && start >= 0) {
                String run = text.substring(start, i);
                if (run.length() == LENGTH && isValid(run)) {
                    return Optional.of(of(run));
                }
                start = -1;
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The check character for the first 17 characters of a code; used by the validation and by demo data. */
    public static char checkCharacter(String body) {
        if (body.length() != LENGTH - 1) {
            throw new IllegalArgumentException("A credit code body has 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int code = ALPHABET.indexOf(body.charAt(i));
            if (code < 0) {
                throw new IllegalArgumentException("Not a credit code character at position " + (i + 1));
            }
            sum += code * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static Optional<String> check(@Nullable String value) {
        if (value == null || value.length() != LENGTH) {
            return Optional.of("shared.credit-code.length");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("shared.credit-code.character");
            }
        }
        if (checkCharacter(value.substring(0, LENGTH - 1)) != value.charAt(LENGTH - 1)) {
            return Optional.of("shared.credit-code.check-digit");
        }
        return Optional.empty();
    }

    private static @Nullable String normalise(@Nullable String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
