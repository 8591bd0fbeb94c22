package org.fazhi.platform;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.InvalidValueException;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Why a request body or query parameter could not even be read, said as a field problem a person can act on: the
 * field as a JSON path ({@code itemIds[2]}, {@code rules.ratios.A}) and what it should have been — a number, a
 * text, a list, one of the listed values, a date like 2026-03-25 — or, for broken JSON, where it broke.
 */
final class UnreadableInput {

    private UnreadableInput() {
    }

    static FieldProblem of(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getCause() instanceof JacksonException jackson)) {
            return FieldProblem.of("", "error.json.empty");
        }
        String field = path(jackson);
        // The parser reads UTF-8 bytes, so the column counts bytes (a Chinese character is three): said as such.
        if (jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)) {
            TokenStreamLocation at = jackson.getLocation();
            return FieldProblem.of("", "error.json.syntax", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
        if (jackson instanceof InputCoercionException) {
            return FieldProblem.of(field, "error.json.out-of-range");
        }
        if (jackson instanceof InvalidFormatException format) {
            return expected(field, format.getTargetType(), format.getValue());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return FieldProblem.of(field, "error.json.unknown-field");
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            Class<?> type = mismatch.getTargetType();
            return type != null && type.isPrimitive() && isAbsent(mismatch) ? FieldProblem.of(field, "error.json.required")
                    : expected(field, type, null);
        }
        if (jackson instanceof ValueInstantiationException refused) {
            return refusal(field, refused.getCause());
        }
        return FieldProblem.of(field, "error.json.unreadable");
    }

    static FieldProblem of(MethodArgumentTypeMismatchException mismatch) {
        return expected(mismatch.getName(), mismatch.getRequiredType(), mismatch.getValue());
    }

    /** {@code itemIds[2]}, {@code rules.ratios.A}: property names joined by dots, list positions in brackets. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : exception.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isAbsent(MismatchedInputException mismatch) {
        return mismatch.getCurrentToken() == null || mismatch.getCurrentToken().isStructEnd()
                || mismatch.getCurrentToken() == tools.jackson.core.JsonToken.VALUE_NULL;
    }

    /** What a field of this type must look like; for an enumeration, the values it may take. */
    private static FieldProblem expected(String field, @Nullable Class<?> type, @Nullable Object value) {
        if (type == null) {
            return FieldProblem.of(field, "error.json.unreadable");
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining("、"));
            return FieldProblem.of(field, "error.json.enum", shortened(value), allowed);
        }
        return FieldProblem.of(field, "error.json.expected." + kind(type));
    }

    /** The refused value as sent, cut short: it is the caller's own input, echoed only so they can find it. */
    private static String shortened(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String kind(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date-time";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class || type == int.class || type == long.class
                || type == short.class || type == byte.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "object" : "text";
    }

    /** A value type that refused its text (a region code, a credit code) says why in its own words. */
    private static FieldProblem refusal(String field, @Nullable Throwable cause) {
        if (cause instanceof InvalidValueException invalid) {
            return FieldProblem.of(field, invalid.messageKey(), invalid.arguments());
        }
        if (cause instanceof RuleViolation violation) {
            return FieldProblem.of(field, violation.messageKey(), violation.arguments());
        }
        return FieldProblem.of(field, "error.json.unreadable");
    }
}
