package org.fazhi.inspection.visit;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes drawn as SVG on the server, so a page, a printout or a PDF shows them without scripts, images or
 * requests elsewhere. Error correction M (15%) survives a creased printout or a phone held at an angle; the four
 * blank modules around the code are the quiet zone ISO/IEC 18004 requires for scanners to find it.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, QUIET_ZONE);

    private QrCodes() {
    }

    /**
     * The code of {@code text} as an SVG document, one unit per module: white background, the black modules as a
     * single path of horizontal runs. It scales to any size the page gives it.
     */
    public static String svg(String text) {
        BitMatrix modules = modules(text);
        int size = modules.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path(modules) + "\"/></svg>";
    }

    private static BitMatrix modules(String text) {
        try {
            // Asking for size 0 gets one matrix cell per module, quiet zone included.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /** Each run of black modules in a row becomes one rectangle: far shorter than a square per module. */
    private static String path(BitMatrix modules) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return path.toString();
    }
}
