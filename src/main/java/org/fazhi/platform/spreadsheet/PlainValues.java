package org.fazhi.platform.spreadsheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Gives numeric cells as plain values instead of as displayed: a date-formatted cell as {@code 2026-03-25}
 * whatever its display format, any other number as {@code 12} or {@code 1500.5} — never {@code 12.0}, never
 * grouped. A number too long for its digits to be exact keeps Excel's scientific form ({@code 9.24104253562301E+17}),
 * which a code column recognises as a code the spreadsheet cut short. Dates are read in the 1900 date system; workbooks saved in the 1904 system (old
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
