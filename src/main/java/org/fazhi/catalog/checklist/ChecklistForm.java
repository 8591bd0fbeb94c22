package org.fazhi.catalog.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A version's whole checklist as the page and the API submit it: one row per point in the order wanted (a row's
 * {@code position} moves it; rows without one keep their place after the numbered ones), a row naming an existing
 * point edits it, a row without id adds one, a point left out or marked {@code remove} is removed. Blank rows (the
 * page's spare ones) are ignored.
 *
 * @param version the item version's {@code version} read before editing (optimistic locking)
 */
public record ChecklistForm(@Nullable List<Row> points, int version) {

    /** Blank rows the page offers for new points, no script needed. */
    static final int BLANK_ROWS = 3;

    public record Row(@Nullable Long id, @Nullable Integer position, @Nullable String content,
                      @Nullable String standard, @Nullable String legalBasis, @Nullable Boolean keyPoint,
                      @Nullable Boolean remove) {

        boolean isBlank() {
            return id == null && Stream.of(content, standard, legalBasis).allMatch(value -> value == null
                    || value.isBlank());
        }

        boolean isKept() {
            return !isBlank() && !Boolean.TRUE.equals(remove);
        }
    }

    static ChecklistForm of(List<CheckPoint> points, int version) {
        return new ChecklistForm(points.stream().map(point -> new Row(point.id(), point.position(), point.content(),
                point.standard(), point.legalBasis(), point.keyPoint(), false)).toList(), version);
    }

    /** The rows for the page: the submitted (or saved) ones, then blank ones for new points. */
    List<Row> rowsForPage() {
        List<Row> rows = new ArrayList<>(points == null ? List.of() : points);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(null, null, null, null, null, false, false));
        }
        return rows;
    }

    /** The checklist the rows describe, in order, or every problem by row ({@code points[i].content}...). */
    List<CheckPointDraft> drafts() {
        List<Row> rows = points == null ? List.of() : points;
        List<Integer> kept = IntStream.range(0, rows.size()).filter(i -> rows.get(i) != null && rows.get(i).isKept())
                .boxed().sorted(Comparator.comparing((Integer i) -> rows.get(i).position() == null ? Integer.MAX_VALUE
                        : rows.get(i).position()).thenComparing(i -> i)).toList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i : kept) {
            Row row = rows.get(i);
            problems.addAll(CheckPointRules.problems("points[" + i + "].", row.content(), row.standard(),
                    row.legalBasis()));
        }
        if (kept.size() > CheckPointRules.MAX_POINTS) {
            problems.add(FieldProblem.of("points", "catalog.check-point.too-many", CheckPointRules.MAX_POINTS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return kept.stream().map(rows::get).map(row -> CheckPointRules.draft(row.id(), row.content(), row.standard(),
                row.legalBasis(), Boolean.TRUE.equals(row.keyPoint()))).toList();
    }
}
