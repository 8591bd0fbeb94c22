package org.fazhi.platform.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The rules every upload meets, whatever its file format: row 1 must repeat the layout's headers, empty rows are
 * skipped, each cell is checked against its column, and only rows without problems reach the consumer. Both readers
 * feed it raw cell text row by row, so .xlsx and .csv files are judged the same way.
 */
final class RowValidator {

    private final SheetLayout layout;
    private final Consumer<SheetRow> rows;
    private final ImportProblems problems;
    private final int maxRows;
    /** Cells are text as the spreadsheet displayed it (a CSV), not typed cells with their types (a workbook). */
    private final boolean displayedText;
    private boolean headerChecked;
    private boolean stopped;
    private int dataRows;

    RowValidator(SheetLayout layout, Consumer<SheetRow> rows, ImportProblems problems, int maxRows,
                 boolean displayedText) {
        this.layout = layout;
        this.rows = rows;
        this.problems = problems;
        this.maxRows = maxRows;
        this.displayedText = displayedText;
    }

    /**
     * Takes one row of raw cell text, cell i belonging to column i (missing cells count as empty, extra cells are
     * ignored). Answers false when reading should stop: the header is wrong or there are too many rows.
     */
    boolean row(int number, List<@Nullable String> cells) {
        if (stopped) {
            return false;
        }
        if (!headerChecked) {
            headerChecked = true;
            stopped = !headerMatches(number == 1 ? cells : List.of());
            if (stopped || number == 1) {
                return !stopped;
            }
        }
        if (isBlank(cells)) {
            return true;
        }
        if (++dataRows > maxRows) {
            problems.add(ImportProblem.inFile("import.error.too-many-rows", maxRows));
            stopped = true;
            return false;
        }
        SheetRow row = check(number, cells);
        if (row != null) {
            deliver(row);
        }
        return true;
    }

    /** Called once the whole file was read. */
    void finish() {
        if (!stopped && dataRows == 0) {
            problems.add(ImportProblem.inFile("import.error.empty"));
        }
    }

    private boolean headerMatches(List<@Nullable String> cells) {
        boolean matches = true;
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            String expected = columns.get(i).header();
            if (!expected.equals(cell(cells, i))) {
                problems.add(ImportProblem.inRow(1, "import.error.header", i + 1, expected));
                matches = false;
            }
        }
        return matches;
    }

    private @Nullable SheetRow check(int number, List<@Nullable String> cells) {
        Map<String, String> values = new HashMap<>();
        boolean valid = true;
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String value = normalise(number, column, cell(cells, i));
            valid &= value != null;
            values.put(column.key(), value == null ? "" : value);
        }
        return valid ? new SheetRow(number, values) : null;
    }

    /** The cell's normalised value, or null after recording why it is not acceptable. */
    private @Nullable String normalise(int number, Column column, String text) {
        if (text.isEmpty()) {
            return column.required() ? refuse(number, column, "import.error.required") : "";
        }
        int digitsLost = column.type() == ColumnType.CODE ? CellValues.digitsLost(text, displayedText) : 0;
        if (digitsLost > 0) {
            return refuse(number, column, "import.error.code-as-number", digitsLost, text);
        }
        if (column.maxLength() > 0 && text.codePointCount(0, text.length()) > column.maxLength()) {
            return refuse(number, column, "import.error.too-long", column.maxLength());
        }
        return switch (column.type()) {
            case TEXT, CODE -> text;
            case INTEGER -> orRefuse(CellValues.plainInteger(text), number, column, "import.error.not-an-integer");
            case DECIMAL -> orRefuse(CellValues.plainDecimal(text), number, column, "import.error.not-a-number");
            case DATE -> orRefuse(CellValues.isoDate(text), number, column, "import.error.not-a-date");
            case CHOICE -> column.choices().contains(text) ? text
                    : refuse(number, column, "import.error.unknown-value", String.join("、", column.choices()));
        };
    }

    private @Nullable String orRefuse(@Nullable String value, int number, Column column, String messageKey) {
        return value != null ? value : refuse(number, column, messageKey);
    }

    private @Nullable String refuse(int number, Column column, String messageKey, Object... arguments) {
        problems.add(ImportProblem.inCell(number, column.header(), messageKey, arguments));
        return null;
    }

    private void deliver(SheetRow row) {
        try {
            rows.accept(row);
        } catch (RuntimeException e) {
            throw new ConsumerFailed(e);
        }
    }

    private boolean isBlank(List<@Nullable String> cells) {
        for (int i = 0; i < layout.columns().size(); i++) {
            if (!cell(cells, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<@Nullable String> cells, int index) {
        String text = index < cells.size() ? cells.get(index) : null;
        return text == null ? "" : text.strip();
    }

    /**
     * The caller's own code failed on a good row (a database error, say). Readers let it through unchanged instead
     * of mistaking it for a damaged file.
     */
    static final class ConsumerFailed extends RuntimeException {

        ConsumerFailed(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
