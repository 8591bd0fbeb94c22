package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.5      | 123450",
            "1,234.50    | 123450",
            "¥1,234.00   | 123400",
            "￥ 1,234.00 | 123400",
            "0.01        | 1",
            "0           | 0",
            "200         | 20000",
            "1,000,000   | 100000000",
            "-50.5       | -5050",
            "-¥1,234.50  | -123450",
            "' 12.3 '    | 1230"
    })
    void parsesYuanAsWrittenInFormsAndSpreadsheets(String yuan, long fen) {
        assertThat(Money.ofYuan(yuan)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.234", "12.", ".5", "1,23.00", "12,34", "1 234", "1e3", "¥", "--1",
            "99999999999999999999", "一百元"})
    void refusesWhatIsNotAnAmount(String yuan) {
        assertThatThrownBy(() -> Money.ofYuan(yuan)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("shared.money.invalid"));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Money.ofYuan(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void addsWithoutTheErrorsOfFloatingPoint() {
        assertThat(Money.ofYuan("0.10").plus(Money.ofYuan("0.20"))).isEqualTo(Money.ofYuan("0.30"));
        assertThat(Money.ofFen(1000).minus(Money.ofFen(1500))).isEqualTo(Money.ofFen(-500));
        assertThat(Money.ofYuan("33.33").times(3)).isEqualTo(Money.ofYuan("99.99"));
    }

    @Test
    void multipliesByAFactorRoundingHalfUpToTheFen() {
        assertThat(Money.ofFen(1000).multiply(new BigDecimal("0.3"))).isEqualTo(Money.ofFen(300));
        assertThat(Money.ofFen(5).multiply(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(3)); // 2.5 -> 3
        assertThat(Money.ofFen(3).multiply(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(2)); // 1.5 -> 2
        assertThat(Money.ofFen(1).multiply(new BigDecimal("0.49"))).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(-5).multiply(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(-3)); // away from zero
        assertThat(Money.ofYuan("10000").multiply(new BigDecimal("0.03"))).isEqualTo(Money.ofYuan("300"));
    }

    @Test
    void overflowFailsInsteadOfWrapping() {
        Money max = Money.ofFen(Long.MAX_VALUE);

        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.multiply(BigDecimal.TEN)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void compares() {
        Money small = Money.ofYuan("99.99");
        Money large = Money.ofYuan("100");

        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(large.isGreaterThan(Money.ofFen(10000))).isFalse();
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(small.compareTo(large)).isNegative();
        assertThat(large.compareTo(Money.ofFen(10000))).isZero();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofFen(-1).isNegative()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "123450     | 1234.50 | ¥1,234.50",
            "0          | 0.00    | ¥0.00",
            "1          | 0.01    | ¥0.01",
            "100000000  | 1000000.00 | ¥1,000,000.00",
            "-123450    | -1234.50 | -¥1,234.50"
    })
    void writesYuan(long fen, String plain, String display) {
        Money money = Money.ofFen(fen);

        assertThat(money.toYuanString()).isEqualTo(plain);
        assertThat(money.display()).isEqualTo(display);
        assertThat(money).hasToString(display);
        assertThat(money.toYuan()).isEqualByComparingTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "626000000 | 626万元",
            "12345600  | 12.35万元",
            "12345000  | 12.35万元",
            "12344999  | 12.34万元",
            "12300000  | 12.3万元",
            "1000000   | 1万元",
            "500000    | 0.5万元",
            "4999      | 0万元",
            "0         | 0万元",
            "-12345600 | -12.35万元"
    })
    void writesWanYuanForReports(long fen, String expected) {
        assertThat(Money.ofFen(fen).displayWan()).isEqualTo(expected);
    }

    @Test
    void roundTripsThroughTheYuanString() {
        Money money = Money.ofFen(987654321);

        assertThat(Money.ofYuan(money.toYuanString())).isEqualTo(money);
        assertThat(Money.ofYuan(money.display())).isEqualTo(money);
        assertThat(Money.ofYuan(money.times(-1).display())).isEqualTo(money.times(-1));
    }
}
