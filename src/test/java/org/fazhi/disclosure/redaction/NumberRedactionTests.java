package org.fazhi.disclosure.redaction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberRedactionTests {

    private static List<RedactionKind> kinds(String text) {
        return Redaction.of(text, RedactionContext.none()).spans().stream().map(RedactionSpan::kind).toList();
    }

    private static String published(String text) {
        return Redaction.of(text, RedactionContext.none()).apply();
    }

    @Test
    void idNumbersOf18And15Digits() {
        assertThat(kinds("号码410425199003071231")).containsExactly(RedactionKind.ID_NUMBER);
        assertThat(published("41042519851112004x")).isEqualTo("******************");
        assertThat(published("身份证410425650614003")).isEqualTo("身份证***************");
    }

    @Test
    void anIdNumberWithAWrongCheckDigitCountsOnlyAfterAnIdCue() {
        assertThat(published("身份证号码410425199003071232")).isEqualTo("身份证号码******************");
        assertThat(published("号码410425199003071232")).isEqualTo("号码410425199003071232");
    }

    @Test
    void caseNumbersCreditCodesAndAmountsStay() {
        assertThat(kinds("案件编号410425202604010009")).isEmpty();
        assertThat(kinds("统一社会信用代码91410425MA45ABCD1Q")).isEmpty();
        assertThat(kinds("违法所得410425199003071231元")).isEmpty();
        assertThat(kinds("郏市监罚〔2026〕12号")).isEmpty();
        assertThat(kinds("注册号410425600123456")).isEmpty();
    }

    @Test
    void mobileAndLandlineNumbersWithTheirSeparators() {
        assertThat(published("电话138-1234-5678")).isEqualTo("电话***-****-****");
        assertThat(published("电话+86 138 1234 5678")).isEqualTo("电话+** *** **** ****");
        assertThat(published("(0375)5012345")).isEqualTo("(****)*******");
        assertThat(published("0375-5012345转802")).isEqualTo("****-*******转***");
        assertThat(kinds("13812345678")).containsExactly(RedactionKind.PHONE);
    }

    @Test
    void aLocalNumberWithoutAreaCodeCountsOnlyAfterAPhoneCue() {
        assertThat(published("联系电话：5012345")).isEqualTo("联系电话：*******");
        assertThat(published("共计5012345件")).isEqualTo("共计5012345件");
        assertThat(published("举报电话12315")).isEqualTo("举报电话12315");
    }

    @Test
    void bankAccountsAfterACueAndCardsByTheirLuhnDigit() {
        assertThat(kinds("账号：41050167990800000123")).containsExactly(RedactionKind.BANK_ACCOUNT);
        assertThat(published("卡号6217 0012 3456 7890 122")).isEqualTo("卡号**** **** **** **** ***");
        assertThat(kinds("转入6225880123456783")).containsExactly(RedactionKind.BANK_ACCOUNT);
        assertThat(kinds("转入6225880123456784")).isEmpty();
        assertThat(kinds("订单编号6225880123456783")).isEmpty();
    }
}
