package org.fazhi.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Pictures a phone might take of a business licence: its QR code (made with ZXing) on a paper-coloured page with
 * some noise, not centred, at a phone camera's size. For the 扫照签到 tests.
 */
public final class LicencePhotos {

    private LicencePhotos() {
    }

    /** A licence photo whose QR code holds {@code content}, as a PNG or JPEG ("png", "jpg"). */
    public static byte[] of(String content, int width, int height, String format) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D page = photo.createGraphics();
        page.setColor(new Color(238, 232, 214));
        page.fillRect(0, 0, width, height);
        Random noise = new Random(42);
        for (int i = 0; i < width * height / 400; i++) {
            page.setColor(new Color(200 + noise.nextInt(40), 190 + noise.nextInt(40), 170 + noise.nextInt(40)));
            page.fillRect(noise.nextInt(width), noise.nextInt(height), 3, 3);
        }
        BitMatrix modules = modules(content);
        int module = Math.max(2, Math.min(width, height) / 4 / modules.getWidth());
        int left = width * 3 / 5;
        int top = height / 4;
        page.setColor(Color.WHITE);
        page.fillRect(left, top, modules.getWidth() * module, modules.getHeight() * module);
        page.setColor(new Color(20, 20, 20));
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    page.fillRect(left + x * module, top + y * module, module, module);
                }
            }
        }
        page.dispose();
        return encode(photo, format);
    }

    /** A picture with no code in it. */
    public static byte[] blank(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D page = photo.createGraphics();
        page.setColor(new Color(238, 232, 214));
        page.fillRect(0, 0, width, height);
        page.dispose();
        return encode(photo, "png");
    }

    private static BitMatrix modules(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(), EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] encode(BufferedImage photo, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(photo, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
