package org.fazhi.platform.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;
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
    /** How Excel and Calc show a large number in a General cell, and write it into a CSV: 9.24104253562301E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?(\\d{1,3})");
    /** A number of 16 digits or more whose digits after the 15th are zeros: a spreadsheet's rounding, written out. */
    private static final Pattern ROUNDED = Pattern.compile("[1-9]\\d{14}0+");
    /** From 10^15 on a double no longer holds every digit Excel shows, so a code that long has lost some. */
    private static final double FIRST_INEXACT = 1e15;

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

    /**
     * A numeric cell's value as a person reads it in Excel: {@code 12}, not {@code 12.0} or {@code 1.2E1}. A number
     * of 16 digits or more keeps the scientific form Excel shows ({@code 9.24104253562301E+17}), since its last
     * digits are gone: written out in full it would look like a real code ending in zeros.
     */
    static String plainNumber(double value) {
        BigDecimal number = new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION);
        return Math.abs(value) >= FIRST_INEXACT ? scientific(number) : plain(number);
    }

    /**
     * How many digits a code had when a spreadsheet turned it into a number and cut it short — {@code 18} for
     * {@code 9.24104253562301E+17} — or 0 when the text does not look so. Where cells arrive as the spreadsheet
     * displayed them ({@code displayed}: a CSV), a long number whose digits after the 15th are zeros
     * ({@code 924104253562301000}) is such a code too, unless it is a valid ID number or credit code (their check
     * digits say so); a text cell of a workbook is what was typed, so only the scientific form counts there.
     */
    static int digitsLost(String text, boolean displayed) {
        Matcher scientific = SCIENTIFIC.matcher(text);
        if (scientific.matches()) {
            return Integer.parseInt(scientific.group(2)) + 1;
        }
        boolean rounded = displayed && ROUNDED.matcher(text).matches() && !IdNumber.isValid(text)
                && !CreditCode.isValid(text);
        return rounded ? text.length() : 0;
    }

    private static String scientific(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (number.signum() < 0 ? "-" : "") + mantissa + "E+" + exponent;
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
