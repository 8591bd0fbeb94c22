package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Completes a 17-digit body with its check character, so tests need no real person's number. */
    private static String complete(String body) {
        return body + IdNumber.checkCharacter(body);
    }

    @Test
    void acceptsTheExampleOfTheStandard() {
        IdNumber number = IdNumber.of("11010519491231002X");

        assertThat(number.value()).isEqualTo("11010519491231002X");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.regionPrefix()).isEqualTo("110105");
    }

    @ParameterizedTest
    @ValueSource(strings = {"41042519900101123", "41042520000229456", "41042519000101001", "65010219851231987",
            "41042520240101002"})
    void acceptsNumbersCompletedWithTheirCheckCharacter(String body) {
        String value = complete(body);

        assertThat(IdNumber.validate(value)).isEmpty();
        assertThat(IdNumber.of(value).value()).isEqualTo(value);
    }

    @Test
    void readsTheBirthDateAndRegion() {
        IdNumber number = IdNumber.of(complete("41042520000229456"));

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(number.regionPrefix()).isEqualTo("410425");
    }

    @Test
    void acceptsALowerCaseXAndNormalisesIt() {
        String body = bodyWithCheckX();

        assertThat(IdNumber.of(" " + body + "x ").value()).isEqualTo(body + "X");
        assertThat(IdNumber.isValid(body + "x")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        String valid = complete("41042519900101123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';

        assertRefused(valid.substring(0, 17) + wrong, "shared.id-number.check-digit");
        assertRefused("110105194912310021", "shared.id-number.check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41042519900101123", "4104251990010112345", "410425900101123"})
    void refusesAWrongLength(String value) {
        assertRefused(value, "shared.id-number.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4104251990010112AX", "41042519900101123Y", "X10425199001011234", "410425 99001011234",
            "４１０４２５１９９００１０１１２３４"})
    void refusesLetters(String value) {
        assertRefused(value, "shared.id-number.character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"41042519990230123", "41042519991301123", "41042519990100123", "41042518991231123",
            "41042520230229123"})
    void refusesImpossibleBirthDates(String body) {
        assertRefused(complete(body), "shared.id-number.birth-date");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String tomorrow = TODAY.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);

        assertRefused(complete("410425" + tomorrow + "123"), "shared.id-number.birth-date");
        assertThat(IdNumber.check(complete("410425" + tomorrow + "123"), TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void acceptsABirthToday() {
        String today = TODAY.format(DateTimeFormatter.BASIC_ISO_DATE);

        assertThat(IdNumber.validate(complete("410425" + today + "123"))).isEmpty();
    }

    @Test
    void printsOnlyTheMaskedForm() {
        IdNumber number = IdNumber.of("11010519491231002X");

        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number).hasToString("110105********002X");
        assertThat(String.valueOf(number)).doesNotContain("19491231");
        assertThat(new Holder(number).toString()).doesNotContain("19491231");
    }

    @Test
    void refusalsNeverCarryTheNumber() {
        String wrong = "110105194912310021";

        assertThatThrownBy(() -> IdNumber.of(wrong)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("1949");
            assertThat(e.toString()).doesNotContain("1949");
            assertThat(e.arguments()).isEmpty();
        });
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(IdNumber.of("11010519491231002x")).isEqualTo(IdNumber.of("11010519491231002X"));
    }

    @Test
    void refusesNull() {
        assertThat(IdNumber.validate(null)).contains("shared.id-number.length");
    }

    private static String bodyWithCheckX() {
        for (int sequence = 100; ; sequence++) {
            String body = "41042519900101" + sequence;
            if (IdNumber.checkCharacter(body) == 'X') {
                return body;
            }
        }
    }

    private record Holder(IdNumber idNumber) {
    }

    private static void assertRefused(String value, String key) {
        assertThat(IdNumber.validate(value)).contains(key);
        assertThatThrownBy(() -> IdNumber.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
