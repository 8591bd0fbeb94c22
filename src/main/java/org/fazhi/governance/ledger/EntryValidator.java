package org.fazhi.governance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;

/**
 * Checks an entry's values, as typed in the form, a sheet's cells or the API's text, against its type's declaration
 * and turns them into the stored values (numbers, fen, ISO dates, agency ids, booleans). Every problem names the
 * field by its label, so a page, an import row or an API answer says in Chinese what is wrong and where. Values of
 * undeclared fields are dropped.
 */
final class EntryValidator {

    private static final String PREFIX = "governance.ledger.error.";
    private static final Set<String> YES = Set.of("true", "是", "on");
    private static final Set<String> NO = Set.of("false", "否");

    private final LedgerType type;
    private final Map<Long, String> agencies;

    /** {@code agencies}: the agencies an agency field may name for this user (id → name). */
    EntryValidator(LedgerType type, Map<Long, String> agencies) {
        this.type = type;
        this.agencies = agencies;
    }

    Map<String, Object> check(Map<String, String> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (LedgerField field : type.fields()) {
            String text = raw.getOrDefault(field.code(), "");
            text = text == null ? "" : text.strip();
            if (text.isEmpty()) {
                if (field.required()) {
                    problems.add(problem(field, "required"));
                }
                continue;
            }
            try {
                values.put(field.code(), value(field, text));
            } catch (Refused refused) {
                problems.add(refused.problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return values;
    }

    private Object value(LedgerField field, String text) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> text(field, text);
            case INTEGER -> inRange(field, integer(field, text), 1);
            case MONEY -> inRange(field, fen(field, text), 100);
            case DATE -> date(field, text);
            case CHOICE -> {
                if (!field.options().contains(text)) {
                    throw new Refused(problem(field, "choice", String.join("、", field.options())));
                }
                yield text;
            }
            case AGENCY -> agency(field, text);
            case BOOLEAN -> bool(field, text);
        };
    }

    private static String text(LedgerField field, String text) {
        if (text.codePointCount(0, text.length()) > field.lengthLimit()) {
            throw new Refused(problem(field, "too-long", field.lengthLimit()));
        }
        if (field.pattern() != null && !text.matches(field.pattern())) {
            throw new Refused(problem(field, "pattern"));
        }
        return text;
    }

    private static long integer(LedgerField field, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Refused(problem(field, "integer"));
        }
    }

    private static long fen(LedgerField field, String text) {
        try {
            BigDecimal yuan = new BigDecimal(text.replace(",", ""));
            if (yuan.scale() > 2) {
                throw new Refused(problem(field, "money"));
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Refused(problem(field, "money"));
        }
    }

    /** Bounds are declared in the field's unit (yuan for money); {@code scale} turns them into the stored unit. */
    private static long inRange(LedgerField field, long value, long scale) {
        if (field.min() != null && value < field.min() * scale) {
            throw new Refused(problem(field, "min", field.min()));
        }
        if (field.max() != null && value > field.max() * scale) {
            throw new Refused(problem(field, "max", field.max()));
        }
        return value;
    }

    private static String date(LedgerField field, String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new Refused(problem(field, "date"));
        }
    }

    private long agency(LedgerField field, String text) {
        Long id = agencies.entrySet().stream().filter(a -> a.getValue().equals(text)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (id == null && text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            id = Long.valueOf(text);
        }
        if (id == null || !agencies.containsKey(id)) {
            throw new Refused(problem(field, "agency"));
        }
        return id;
    }

    private static boolean bool(LedgerField field, String text) {
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        throw new Refused(problem(field, "boolean"));
    }

    private static FieldProblem problem(LedgerField field, String rule, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = field.label();
        System.arraycopy(more, 0, arguments, 1, more.length);
        return FieldProblem.of(field.code(), PREFIX + rule, arguments);
    }

    /** One field refused; collected with the others. */
    private static final class Refused extends RuntimeException {

        private final FieldProblem problem;

        Refused(FieldProblem problem) {
            super(problem.messageKey(), null, false, false);
            this.problem = problem;
        }
    }
}
