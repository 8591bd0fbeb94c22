package org.fazhi.platform.spreadsheet;

import java.util.Arrays;

/**
 * Something wrong in an uploaded file, said as a message key so the page and the error report show it in Chinese.
 *
 * @param row        the Excel row number (1 is the header); 0 when the problem concerns the whole file
 * @param column     the column's header text; {@code ""} when the problem concerns a whole row or the file
 * @param messageKey e.g. {@code import.error.required}
 * @param arguments  the message's arguments
 */
public record ImportProblem(int row, String column, String messageKey, Object[] arguments)
        implements java.io.Serializable {

    public ImportProblem {
        arguments = arguments.clone();
    }

    public static ImportProblem inFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, "", messageKey, arguments);
    }

    public static ImportProblem inRow(int row, String messageKey, Object... arguments) {
        return new ImportProblem(row, "", messageKey, arguments);
    }

    public static ImportProblem inCell(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem that && row == that.row && column.equals(that.column)
                && messageKey.equals(that.messageKey) && Arrays.deepEquals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * row + column.hashCode()) + messageKey.hashCode()) + Arrays.deepHashCode(arguments);
    }

    @Override
    public String toString() {
        return "ImportProblem[row=" + row + ", column=" + column + ", " + messageKey + ", "
                + Arrays.deepToString(arguments) + "]";
    }
}
