package org.fazhi.platform.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns what users type into the normalised text a {@link SheetRow} holds. Dates come in the forms a Chinese office
 * writes them; numbers may carry thousands separators. Each method answers {@code null} for text it cannot read.
 */
final class CellValues {

    /** Excel keeps 15 significant digits; more would only show binary noise such as 0.30000000000000004. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private CellValues() {
    }

    static @Nullable String isoDate(String text) {
        Matcher matcher = DATE.matcher(text);
        if (matcher.matches()) {
            return date(matcher.group(1), matcher.group(3), matcher.group(4));
        }
        matcher = CHINESE_DATE.matcher(text);
        if (matcher.matches()) {
            return date(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return null;
    }

    /** A whole number that fits in a {@code long}; {@code 12.0} counts as whole. */
    static @Nullable String plainInteger(String text) {
        BigDecimal number = number(text);
        if (number == null) {
            return null;
        }
        try {
            return Long.toString(number.longValueExact());
        } catch (ArithmeticException notWholeOrTooLarge) {
            return null;
        }
    }

    static @Nullable String plainDecimal(String text) {
        BigDecimal number = number(text);
        return number == null ? null : plain(number);
    }

    /** A numeric cell's value as a person reads it in Excel: {@code 12}, not {@code 12.0} or {@code 1.2E1}. */
    static String plainNumber(double value) {
        return plain(new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION));
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static @Nullable BigDecimal number(String text) {
        String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        return NUMBER.matcher(digits).matches() ? new BigDecimal(digits) : null;
    }

    private static @Nullable String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }
}
