package org.fazhi.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An amount of renminbi in fen (分). Fines, confiscations and fees are summed into statistics and compared with
 * discretion thresholds; a {@code double} would turn ¥0.10 + ¥0.20 into something that is not ¥0.30, so amounts
 * are whole fen and arithmetic overflows loudly instead of wrapping.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Optional minus, digits either plain or grouped by threes with commas, at most two decimals. */
    private static final Pattern YUAN = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    /** {@code ¥} or the full-width {@code ￥} after an optional minus sign, with any spaces around it. */
    private static final Pattern CURRENCY_SIGN = Pattern.compile("^(-?)\\s*[¥￥]\\s*");
    private static final long FEN_PER_WAN_YUAN = 1_000_000;
    /** The unit reports and notices use for large amounts; part of the written form, like the ¥ sign. */
    private static final String WAN_YUAN = "万元";

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses an amount in yuan as written in forms and spreadsheets: {@code 1234.5}, {@code 1,234.50}, {@code ¥1,234.00}. */
    public static Money ofYuan(@Nullable String yuan) {
        if (yuan == null) {
            throw new InvalidValueException("shared.money.invalid");
        }
        String text = CURRENCY_SIGN.matcher(yuan.strip()).replaceFirst("$1");
        if (!YUAN.matcher(text).matches()) {
            throw new InvalidValueException("shared.money.invalid");
        }
        try {
            return new Money(new BigDecimal(text.replace(",", "")).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidValueException("shared.money.invalid");
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    /** Scales by a rate or ratio (a 30% discretion reduction, a daily late-payment 3%), rounding half up to the fen. */
    public Money multiply(BigDecimal factor) {
        return new Money(BigDecimal.valueOf(fen).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** {@code 1234.50}: for spreadsheets, the API and form fields. */
    public String toYuanString() {
        return toYuan().toPlainString();
    }

    /** {@code ¥1,234.50}: for pages and documents. */
    public String display() {
        String grouped = String.format(Locale.ROOT, "%,.2f", toYuan().abs());
        return (fen < 0 ? "-¥" : "¥") + grouped;
    }

    /** {@code 12.35}: the amount in 万元, rounded half up to two decimals, without trailing zeros. */
    public String toWanString() {
        BigDecimal wan = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(FEN_PER_WAN_YUAN), 2, RoundingMode.HALF_UP);
        return wan.stripTrailingZeros().toPlainString();
    }

    /** {@code 626万元}, {@code 12.35万元}: how statistics and annual reports state large amounts. */
    public String displayWan() {
        return toWanString() + WAN_YUAN;
    }

    @Override
    public String toString() {
        return display();
    }
}
