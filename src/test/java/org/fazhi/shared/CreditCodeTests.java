package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    /** Codes of well-known enterprises as shown in the public credit register (国家企业信用信息公示系统). */
    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example most guides to GB 32100 use
            "914403001922038216", // 华为技术有限公司
            "91440300708461136T", // 深圳市腾讯计算机系统有限公司
            "91330100799655058B"  // 阿里巴巴（中国）有限公司
    })
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.of(code).value()).isEqualTo(code);
        assertThat(CreditCode.validate(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91410425MA9FXXXXX", "12410425005281234", "52410425MJY123456", "92410425MA40ABCDE",
            "11410425000000000", "Y1410425UWXYPQRTN"})
    void acceptsCodesCompletedWithTheirCheckCharacter(String body) {
        String code = body + CreditCode.checkCharacter(body);

        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void computesTheCheckCharacterOfTheStandardExample() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertThat(CreditCode.of("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.of("\u300091350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.isValid("91350100m000100y43")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertRefused("91350100M000100Y44", "shared.credit-code.check-digit");
        assertRefused("91350100M000100Y34", "shared.credit-code.check-digit"); // two characters swapped
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "9135010"})
    void refusesAWrongLength(String code) {
        assertRefused(code, "shared.credit-code.length");
    }

    @Test
    void refusesNull() {
        assertThat(CreditCode.validate(null)).contains("shared.credit-code.length");
        assertThatThrownBy(() -> CreditCode.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void refusesLettersTheStandardLeavesOut(char letter) {
        assertRefused("91350100M000100" + letter + "43", "shared.credit-code.character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100-000100Y43", "9135 100M000100Y43", "91350100M000100Y4？", "名称名称名称名称名称名称名称名称名称"})
    void refusesGarbage(String code) {
        assertRefused(code, "shared.credit-code.character");
    }

    @Test
    void constructorDoesNotNormalise() {
        assertThatThrownBy(() -> new CreditCode("91350100m000100y43")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void printsAsItsValue() {
        assertThat(CreditCode.of("91350100M000100Y43")).hasToString("91350100M000100Y43");
    }

    private static void assertRefused(String code, String key) {
        assertThat(CreditCode.validate(code)).contains(key);
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> CreditCode.of(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
