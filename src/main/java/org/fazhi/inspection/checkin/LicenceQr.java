package org.fazhi.inspection.checkin;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the QR code in a photo of a business licence, on the server (ZXing), so any phone's camera will do and the
 * page needs no camera script. A phone photo is large: it is read at most {@value #WORKING_SIZE} pixels wide first
 * (fast, and enough for a licence's code), then at full size. Pictures over {@value #MAX_PIXELS} pixels are refused
 * before they are decoded, so a crafted file cannot exhaust memory.
 */
final class LicenceQr {

    static final int WORKING_SIZE = 1600;
    static final long MAX_PIXELS = 50_000_000L;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private LicenceQr() {
    }

    /** The text of the QR code in the picture, or empty when the file is no picture or shows no readable code. */
    static Optional<String> read(byte[] picture) {
        BufferedImage image = image(picture);
        if (image == null) {
            return Optional.empty();
        }
        BufferedImage working = scaledDown(image, WORKING_SIZE);
        Optional<String> text = decode(working);
        return text.isPresent() || working == image ? text : decode(image);
    }

    private static @Nullable BufferedImage image(byte[] picture) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static BufferedImage scaledDown(BufferedImage image, int size) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= size) {
            return image;
        }
        double scale = (double) size / longest;
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    private static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        LuminanceSource source = new RGBLuminanceSource(width, height, image.getRGB(0, 0, width, height, null, 0,
                width));
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
            } catch (ReaderException notFoundOrUnreadable) {
                // try the other binarizer: glare and shadows defeat one or the other
            }
        }
        return Optional.empty();
    }
}
