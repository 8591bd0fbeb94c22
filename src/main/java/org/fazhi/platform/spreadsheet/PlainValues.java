package org.fazhi.platform.spreadsheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Gives numeric cells as plain values instead of as displayed: a date-formatted cell as {@code 2026-03-25}
 * whatever its display format, any other number as {@code 12} or {@code 1500.5} — never {@code 12.0}, never
 * {@code 1.2E+17}, never grouped. Dates are read in the 1900 date system; workbooks saved in the 1904 system (old
 * Mac Excel) are rare enough here not to be worth reading workbook.xml for.
 */
final class PlainValues extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        return CellValues.plainNumber(value);
    }
}
