package org.fazhi.governance.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.fazhi.governance.ledger.DeclarationDocument.Field;
import org.fazhi.governance.ledger.DeclarationDocument.Figure;
import org.fazhi.governance.ledger.DeclarationDocument.Measure;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Turns a declaration document into a {@link LedgerType}, or refuses it with every problem found, each a message
 * naming the part at fault (the type, a field by its code, an indicator by its code). A declaration that passes can
 * render a form, a list, a sheet and its indicators without further checks.
 */
final class DeclarationCheck {

    static final String PROBLEM_FIELD = "declaration";
    private static final Pattern TYPE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,59}");
    private static final Set<String> RESERVED = Set.of("new", "types", "import", "export", "version", "q", "from",
            "to", "agencyId", "page", "size", "id");
    private static final int MAX_FIELDS = 60;
    private static final String PREFIX = "governance.ledger.declaration.";

    private final List<FieldProblem> problems = new ArrayList<>();

    private DeclarationCheck() {
    }

    static LedgerType check(DeclarationDocument doc) {
        return new DeclarationCheck().type(doc);
    }

    private LedgerType type(DeclarationDocument doc) {
        String code = doc.code() == null ? "" : doc.code().strip();
        if (!TYPE_CODE.matcher(code).matches() || RESERVED.contains(code)) {
            problem("code", code);
        }
        String name = blankToEmpty(doc.name());
        if (name.isEmpty() || name.length() > 40) {
            problem("name");
        }
        List<LedgerField> fields = fields(doc.fields() == null ? List.of() : doc.fields());
        String dateField = blankToEmpty(doc.dateField());
        if (fields.stream().noneMatch(f -> f.code().equals(dateField) && f.type() == FieldType.DATE && f.required())) {
            problem("date-field", dateField);
        }
        String agencyField = doc.agencyField() == null || doc.agencyField().isBlank() ? null : doc.agencyField();
        if (agencyField != null && fields.stream()
                .noneMatch(f -> f.code().equals(agencyField) && f.type() == FieldType.AGENCY && f.required())) {
            problem("agency-field", agencyField);
        }
        List<LedgerIndicator> indicators = indicators(doc.indicators() == null ? List.of() : doc.indicators(), fields);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new LedgerType(code, name, blankToEmpty(doc.description()), dateField, agencyField, fields, indicators,
                null);
    }

    private List<LedgerField> fields(List<Field> declared) {
        if (declared.isEmpty() || declared.size() > MAX_FIELDS) {
            problem("fields", MAX_FIELDS);
        }
        Set<String> codes = new HashSet<>();
        List<LedgerField> fields = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            String code = blankToEmpty(declared.get(i).code());
            if (!code.isEmpty() && !codes.add(code)) {
                problem("field-duplicate", code);
            }
            LedgerField field = field(i + 1, declared.get(i));
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private @Nullable LedgerField field(int position, Field f) {
        String code = blankToEmpty(f.code());
        String shown = code.isEmpty() ? "#" + position : code;
        int before = problems.size();
        if (!FIELD_CODE.matcher(code).matches() || RESERVED.contains(code)) {
            problem("field-code", position, code);
        }
        if (blankToEmpty(f.label()).isEmpty()) {
            problem("field-label", shown);
        }
        FieldType type = fieldType(shown, f.type());
        List<String> options = f.options() == null ? List.of() : f.options().stream().map(String::strip).toList();
        if ((type == FieldType.CHOICE) != !options.isEmpty() || new HashSet<>(options).size() != options.size()
                || options.contains("")) {
            problem("field-options", shown);
        }
        if ((f.min() != null || f.max() != null) && (type == null || !type.isNumber())) {
            problem("field-range-type", shown);
        }
        if (f.min() != null && f.max() != null && f.min() > f.max()) {
            problem("field-range", shown, f.min(), f.max());
        }
        if (f.maxLength() != null && (f.maxLength() < 0 || f.maxLength() > LedgerField.LONG_TEXT_LIMIT)) {
            problem("field-length", shown, LedgerField.LONG_TEXT_LIMIT);
        }
        checkPattern(shown, type, f.pattern());
        if (problems.size() > before || type == null) {
            return null;
        }
        return new LedgerField(code, f.label().strip(), type, Boolean.TRUE.equals(f.required()), f.min(), f.max(),
                f.maxLength() == null ? 0 : f.maxLength(), f.pattern(), options, Boolean.TRUE.equals(f.listed()),
                Boolean.TRUE.equals(f.searchable()));
    }

    private @Nullable FieldType fieldType(String shown, @Nullable String declared) {
        try {
            return FieldType.valueOf(blankToEmpty(declared).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem("field-type", shown, blankToEmpty(declared), Arrays.toString(FieldType.values()));
            return null;
        }
    }

    private void checkPattern(String shown, @Nullable FieldType type, @Nullable String pattern) {
        if (pattern == null) {
            return;
        }
        if (type != FieldType.TEXT && type != FieldType.LONG_TEXT) {
            problem("field-pattern-type", shown);
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException bad) {
            problem("field-pattern", shown);
        }
    }

    private List<LedgerIndicator> indicators(List<Figure> declared, List<LedgerField> fields) {
        Set<String> codes = new HashSet<>();
        List<LedgerIndicator> indicators = new ArrayList<>();
        for (Figure figure : declared) {
            String code = blankToEmpty(figure.code());
            int before = problems.size();
            if (!INDICATOR_CODE.matcher(code).matches() || !codes.add(code)) {
                problem("indicator-code", code);
            }
            if (blankToEmpty(figure.name()).isEmpty()) {
                problem("indicator-name", code);
            }
            Unit unit = unit(code, figure.unit());
            LedgerMeasure numerator = measure(code, figure.numerator(), fields);
            LedgerMeasure denominator = figure.denominator() == null ? null
                    : measure(code, figure.denominator(), fields);
            if (unit != null && (unit == Unit.PERCENT) != (denominator != null)) {
                problem("indicator-rate", code);
            }
            if (problems.size() == before && unit != null && numerator != null) {
                indicators.add(new LedgerIndicator(code, figure.name().strip(), blankToEmpty(figure.formula()), unit,
                        numerator, denominator));
            }
        }
        return indicators;
    }

    private @Nullable Unit unit(String code, @Nullable String declared) {
        try {
            return Unit.valueOf(blankToEmpty(declared));
        } catch (IllegalArgumentException unknown) {
            problem("indicator-unit", code, blankToEmpty(declared), Arrays.toString(Unit.values()));
            return null;
        }
    }

    private @Nullable LedgerMeasure measure(String indicator, @Nullable Measure m, List<LedgerField> fields) {
        if (m == null) {
            problem("indicator-numerator", indicator);
            return null;
        }
        List<String> values = m.values() == null ? List.of() : List.copyOf(m.values());
        if (m.field() != null) {
            LedgerField field = fields.stream().filter(f -> f.code().equals(m.field())).findFirst().orElse(null);
            List<String> allowed = field == null ? List.of() : field.type() == FieldType.BOOLEAN
                    ? List.of("true", "false") : field.options();
            if (field == null || values.isEmpty() || !allowed.containsAll(values)) {
                problem("indicator-values", indicator, m.field());
            }
        }
        if (m.sum() != null && fields.stream().noneMatch(f -> f.code().equals(m.sum()) && f.type().isNumber())) {
            problem("indicator-sum", indicator, m.sum());
        }
        if (m.filled() != null && fields.stream().noneMatch(f -> f.code().equals(m.filled()))) {
            problem("indicator-filled", indicator, m.filled());
        }
        if (m.distinct() != null && (m.sum() != null
                || fields.stream().noneMatch(f -> f.code().equals(m.distinct())))) {
            problem("indicator-distinct", indicator, m.distinct());
        }
        return new LedgerMeasure(m.field(), values, m.sum(), m.filled(), m.distinct());
    }

    private void problem(String rule, Object... arguments) {
        problems.add(FieldProblem.of(PROBLEM_FIELD, PREFIX + rule, arguments));
    }

    private static String blankToEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
