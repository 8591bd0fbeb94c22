package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.shared.IdNumber;
import org.junit.jupiter.api.Test;

/** Recognising codes a spreadsheet turned into numbers, without mistaking real codes for them. */
class CellValuesTests {

    @Test
    void showsNumbersTooLongToBeExactAsExcelDoes() {
        assertThat(CellValues.plainNumber(924104253562301234.0)).isEqualTo("9.24104253562301E+17");
        assertThat(CellValues.plainNumber(1e15)).isEqualTo("1E+15");
        assertThat(CellValues.plainNumber(999999999999999.0)).isEqualTo("999999999999999");
        assertThat(CellValues.plainNumber(-2.5e16)).isEqualTo("-2.5E+16");
    }

    @Test
    void countsTheDigitsACutShortCodeHad() {
        assertThat(CellValues.digitsLost("9.24104253562301E+17", false)).isEqualTo(18);
        assertThat(CellValues.digitsLost("4.10425E+017", false)).isEqualTo(18);
        assertThat(CellValues.digitsLost("4.10425e11", true)).isEqualTo(12);
        assertThat(CellValues.digitsLost("924104253562301000", true)).isEqualTo(18);
    }

    @Test
    void trustsAWorkbooksTextCellEndingInZeros() {
        assertThat(CellValues.digitsLost("924104253562301000", false)).isZero();
    }

    @Test
    void leavesRealCodesAlone() {
        assertThat(CellValues.digitsLost("410425199001011234", true)).isZero();
        assertThat(CellValues.digitsLost("91410425MA9XXXXXX0", true)).isZero();
        assertThat(CellValues.digitsLost("410425100", true)).isZero();
        assertThat(CellValues.digitsLost("13800000000", true)).isZero();
        assertThat(CellValues.digitsLost("2E-3", true)).isZero();
        assertThat(CellValues.digitsLost(idNumberEndingInZeros(), true)).isZero();
    }

    /** A valid ID number whose last three characters are 000, as a rounded number's would be. */
    private static String idNumberEndingInZeros() {
        for (int day = 1; day <= 28; day++) {
            for (int sequence = 1; sequence <= 9; sequence++) {
                String body = "410425199001" + String.format("%02d", day) + sequence + "00";
                if (IdNumber.checkCharacter(body) == '0') {
                    return body + '0';
                }
            }
        }
        throw new IllegalStateException("no such ID number in the range tried");
    }
}
