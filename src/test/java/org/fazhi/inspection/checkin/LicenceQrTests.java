package org.fazhi.inspection.checkin;

import java.nio.charset.StandardCharsets;

import org.fazhi.inspection.LicencePhotos;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a business licence's QR code from a phone photo, on the server. */
class LicenceQrTests {

    private static final String LICENCE = "http://www.gsxt.gov.cn/index.html?uniscid=91350100M000100Y43";

    @Test
    void readsTheCodeInASmallPng() {
        assertThat(LicenceQr.read(LicencePhotos.of(LICENCE, 800, 600, "png"))).contains(LICENCE);
    }

    @Test
    void readsTheCodeInAPhoneSizedJpeg() {
        assertThat(LicenceQr.read(LicencePhotos.of(LICENCE, 4000, 3000, "jpg"))).contains(LICENCE);
    }

    @Test
    void readsChineseText() {
        String text = "统一社会信用代码：91350100M000100Y43\n名称：郏县测试有限公司";
        assertThat(LicenceQr.read(LicencePhotos.of(text, 1200, 900, "png"))).contains(text);
    }

    @Test
    void findsNothingInAPictureWithoutACode() {
        assertThat(LicenceQr.read(LicencePhotos.blank(1200, 900))).isEmpty();
    }

    @Test
    void findsNothingInAFileThatIsNoPicture() {
        assertThat(LicenceQr.read("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(LicenceQr.read(new byte[0])).isEmpty();
    }
}
