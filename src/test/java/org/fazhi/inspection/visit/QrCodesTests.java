package org.fazhi.inspection.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    /** Pixels per module when the drawing is rasterised for the reader, as a phone camera would see it enlarged. */
    private static final int SCALE = 4;

    @Test
    void theDrawnCodeReadsBackAsTheText() throws Exception {
        for (String text : new String[] {"https://fazhi.example.gov.cn/v/AQAAAAAAABJnAAAAAwAAUEUAAFBi.c2lnbmF0dXJl",
                "扫码入企 检查码 No.4711", "x"}) {
            assertThat(read(QrCodes.svg(text))).isEqualTo(text);
        }
    }

    @Test
    void isOneSelfContainedSquareDrawingWithAQuietZone() {
        String svg = QrCodes.svg("abc");
        BitMatrix drawn = rasterise(svg, 1);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .endsWith("</svg>")
                .doesNotContain("href", "<image", "<script", "<style", "url(");
        assertThat(svg.split("<path", -1)).hasSize(2);
        assertThat(drawn.getWidth()).isEqualTo(drawn.getHeight()).isEqualTo(21 + 2 * 4); // version 1, 4 blank each side
        for (int i = 0; i < drawn.getWidth(); i++) {
            for (int border = 0; border < 4; border++) {
                assertThat(drawn.get(i, border) || drawn.get(border, i)).isFalse();
                assertThat(drawn.get(i, drawn.getWidth() - 1 - border) || drawn.get(drawn.getWidth() - 1 - border, i))
                        .isFalse();
            }
        }
    }

    @Test
    void refusesTextNoQrCodeCanHold() {
        assertThatThrownBy(() -> QrCodes.svg("x".repeat(5_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000 characters");
    }

    private static String read(String svg) throws Exception {
        BitMatrix pixels = rasterise(svg, SCALE);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new MatrixSource(pixels)))).getText();
    }

    /** Paints the path's runs back into a matrix, {@code scale} pixels per module: the test reads the SVG itself. */
    private static BitMatrix rasterise(String svg, int scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        assertThat(box.group(2)).isEqualTo(box.group(1));
        BitMatrix pixels = new BitMatrix(size * scale, size * scale);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            assertThat(run.group(4)).isEqualTo(run.group(3));
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            pixels.setRegion(x * scale, y * scale, Integer.parseInt(run.group(3)) * scale, scale);
        }
        return pixels;
    }

    /** A grey-scale image of the matrix for ZXing's reader: black modules 0, white 255. */
    private static final class MatrixSource extends LuminanceSource {

        private final BitMatrix pixels;

        MatrixSource(BitMatrix pixels) {
            super(pixels.getWidth(), pixels.getHeight());
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] result = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                result[x] = (byte) (pixels.get(x, y) ? 0 : 255);
            }
            return result;
        }

        @Override
        public byte[] getMatrix() {
            byte[] matrix = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
            }
            return matrix;
        }
    }
}
