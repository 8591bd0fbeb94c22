package org.fazhi.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The credit code inside what a business licence's QR code holds (扫照签到). */
class LicenceQrContentTests {

    private static final String CODE = "91350100M000100Y43";

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",
            "http://www.gsxt.gov.cn/index.html?uniscid=91350100M000100Y43",
            "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html?uniscid=91350100M000100Y43&entType=1",
            "统一社会信用代码：91350100M000100Y43\n名称：某某有限公司\n类型：有限责任公司",
            "统一社会信用代码91350100M000100Y43名称某某有限公司",
            "https://zwfw.samr.gov.cn/elicense/verify?code=91350100m000100y43",
            " 91350100M000100Y43 "
    })
    void findsTheCodeInTypicalLicenceContents(String content) {
        assertThat(CreditCode.findIn(content)).contains(CreditCode.of(CODE));
    }

    @Test
    void ignoresCodesWithAWrongCheckCharacter() {
        assertThat(CreditCode.findIn("http://www.gsxt.gov.cn/index.html?uniscid=91350100M000100Y44")).isEmpty();
    }

    @Test
    void skipsAnInvalidRunAndFindsALaterValidOne() {
        assertThat(CreditCode.findIn("注册号410425000012345 统一社会信用代码 91350100M000100Y43"))
                .contains(CreditCode.of(CODE));
    }

    @Test
    void neverCutsACodeOutOfALongerToken() {
        // An encrypted parameter may contain 18 characters that happen to form a valid code: they are not one.
        assertThat(CreditCode.findIn("http://www.gsxt.gov.cn/%7BABC91350100M000100Y43XYZ%7D")).isEmpty();
        assertThat(CreditCode.findIn("A91350100M000100Y43")).isEmpty();
    }

    @Test
    void findsNothingInOtherText() {
        assertThat(CreditCode.findIn("https://weixin.qq.com/r/abcdefg")).isEmpty();
        assertThat(CreditCode.findIn("")).isEmpty();
        assertThat(CreditCode.findIn(null)).isEmpty();
    }
}
