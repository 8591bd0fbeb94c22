package org.fazhi.casework.compulsion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A measure as an officer asks for it, on the case page or in the API: taken urgently on the spot or proposed for
 * approval, its grounds, its two officers and its list (empty lines of the page's form are skipped).
 *
 * @param requestKey 8-100 characters chosen by the client, the same when it retries
 */
public record MeasureForm(@Nullable String requestKey, @Nullable MeasureKind kind, @Nullable Boolean urgent,
                          @Nullable String reason, @Nullable String legalBasis, @Nullable String placeKept,
                          @Nullable List<Long> officerIds, @Nullable List<Item> items) {

    /** A line of the 查封扣押清单. */
    public record Item(@Nullable String name, @Nullable String specification, @Nullable BigDecimal quantity,
                       @Nullable String unit, @Nullable String condition, @Nullable String placeKept) {

        boolean isBlank() {
            return blank(name) && quantity == null && blank(unit) && blank(specification);
        }
    }

    boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    /** The request, or every field that is missing or wrong. */
    CompulsoryMeasure.Request request() {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, "kind", kind == null ? null : kind.name());
        require(problems, "reason", reason);
        require(problems, "legalBasis", legalBasis);
        require(problems, "placeKept", placeKept);
        if (officerIds == null || officerIds.size() < 2) {
            problems.add(FieldProblem.of("officerIds", "casework.measure.input.officers"));
        }
        List<MeasureItem> lines = lines(problems);
        if (lines.isEmpty()) {
            problems.add(FieldProblem.of("items", "casework.measure.input.items"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CompulsoryMeasure.Request(kind, reason.strip(), legalBasis.strip(), placeKept.strip(),
                officerIds, lines);
    }

    private List<MeasureItem> lines(List<FieldProblem> problems) {
        List<MeasureItem> lines = new ArrayList<>();
        List<Item> given = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).toList();
        for (int i = 0; i < given.size(); i++) {
            Item item = given.get(i);
            String at = "items[" + i + "].";
            require(problems, at + "name", item.name());
            require(problems, at + "unit", item.unit());
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                problems.add(FieldProblem.of(at + "quantity", "casework.measure.input.quantity"));
                continue;
            }
            if (!blank(item.name()) && !blank(item.unit())) {
                lines.add(new MeasureItem(i + 1, item.name().strip(), trimmed(item.specification()), item.quantity(),
                        item.unit().strip(), trimmed(item.condition()), trimmed(item.placeKept()), null, null));
            }
        }
        return lines;
    }

    private static void require(List<FieldProblem> problems, String field, @Nullable String value) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "casework.input.required"));
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String trimmed(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
