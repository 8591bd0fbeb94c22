package org.fazhi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A 居民身份证号码 (GB 11643-1999): six digits of the issuing region, the birth date, a sequence number and a
 * mod-11 check character ({@code X} stands for 10).
 *
 * <p>It is personal information (PIPL): {@link #toString()} gives only the {@linkplain #masked() masked} form so
 * that a log line, an exception or a template that prints the object does not leak it, and a refusal never
 * carries the number. Only {@link #value()} gives the full number, for encryption at rest and for the party's own
 * documents.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int LENGTH = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Birth dates are Beijing dates: a child born today in Beijing is not born tomorrow. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public IdNumber {
        Optional<String> problem = check(value, LocalDate.now(BEIJING));
        if (problem.isPresent()) {
            throw new InvalidValueException(problem.get());
        }
    }

    /** Accepts what people type: surrounding spaces (full-width ones too) and a lower-case {@code x}. */
    public static IdNumber of(@Nullable String value) {
        return new IdNumber(normalise(value));
    }

    /**
     * Why {@code value} is not an ID number, as a message key, or empty when it is one (after the same
     * normalisation as {@link #of}). For importers that report every bad row instead of stopping at the first.
     */
    public static Optional<String> validate(@Nullable String value) {
        return check(normalise(value), LocalDate.now(BEIJING));
    }

    public static boolean isValid(@Nullable String value) {
        return validate(value).isEmpty();
    }

    /** The check character for the first 17 digits of a number; used by the validation and by demo data. */
    public static char checkCharacter(String body) {
        if (body.length() != LENGTH - 1 || !body.chars().allMatch(IdNumber::isAsciiDigit)) {
            throw new IllegalArgumentException("An ID number body has 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** {@code 410425********123X}: enough to tell two people apart on a screen, not enough to impersonate. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(LENGTH - 4);
    }

    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    /** The region that issued the number; may be a code that has since been abolished or renumbered. */
    public String regionPrefix() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return masked();
    }

    static Optional<String> check(@Nullable String value, LocalDate today) {
        if (value == null || value.length() != LENGTH) {
            return Optional.of("shared.id-number.length");
        }
        String body = value.substring(0, LENGTH - 1);
        char last = value.charAt(LENGTH - 1);
        if (!body.chars().allMatch(IdNumber::isAsciiDigit) || !(isAsciiDigit(last) || last == 'X')) {
            return Optional.of("shared.id-number.character");
        }
        LocalDate birth;
        try {
            birth = parseBirthDate(value);
        } catch (DateTimeException e) {
            return Optional.of("shared.id-number.birth-date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of("shared.id-number.birth-date");
        }
        if (checkCharacter(body) != last) {
            return Optional.of("shared.id-number.check-digit");
        }
        return Optional.empty();
    }

    private static LocalDate parseBirthDate(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static @Nullable String normalise(@Nullable String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
