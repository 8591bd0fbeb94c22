package org.fazhi.casework.casefile;

import org.fazhi.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in 大写 as decisions print them, zeros read once, and day counts in Chinese numerals. */
class CapitalYuanTests {

    @ParameterizedTest
    @CsvSource({
            "0, 零元整", "0.50, 伍角整", "0.05, 伍分", "1, 壹元整", "10, 壹拾元整", "15, 壹拾伍元整",
            "200, 贰佰元整", "2000, 贰仟元整", "3000.5, 叁仟元伍角整", "1000.05, 壹仟元零伍分",
            "10001, 壹万零壹元整", "10050.50, 壹万零伍拾元伍角整", "150000, 壹拾伍万元整",
            "1002003, 壹佰万贰仟零叁元整", "100000000, 壹亿元整", "100010000, 壹亿零壹万元整",
            "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"})
    void writesAnAmountInCapitals(String yuan, String capitals) {
        assertThat(CapitalYuan.of(Money.ofYuan(yuan))).isEqualTo(capitals);
    }

    @ParameterizedTest
    @CsvSource({"1, 一", "5, 五", "10, 十", "15, 十五", "20, 二十", "30, 三十", "99, 九十九", "120, 120"})
    void writesACountInChineseNumerals(int count, String numeral) {
        assertThat(CapitalYuan.count(count)).isEqualTo(numeral);
    }
}
