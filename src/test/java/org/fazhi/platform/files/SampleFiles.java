package org.fazhi.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files of each kind (real images and compound files; the headers of recordings, which nothing here encodes). */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** An OLE2 compound file holding a WordDocument stream, as a .doc does. */
    public static byte[] doc() {
        return compoundFileWith("WordDocument");
    }

    /** An OLE2 compound file with one stream of the given name ({@code Workbook} for an old spreadsheet). */
    public static byte[] compoundFileWith(String stream) {
        try (POIFSFileSystem compound = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            compound.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            compound.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] mp3WithTag() {
        return padded("ID3".getBytes(StandardCharsets.US_ASCII), 3, 0, 0, 0, 0, 0, 0);
    }

    /** MPEG-1 layer III, 128 kbit/s, 44.1 kHz: a bare frame header, as an MP3 without tags starts. */
    public static byte[] mp3Frame() {
        return padded(new byte[0], 0xFF, 0xFB, 0x90, 0x64);
    }

    /** An ISO base media file (MP4, M4A, HEIF, QuickTime) of the given major brand. */
    public static byte[] isoMedia(String brand) {
        return padded(("\0\0\0 ftyp" + brand).getBytes(StandardCharsets.ISO_8859_1), 0, 0, 2, 0);
    }

    public static byte[] amr() {
        return padded("#!AMR\n".getBytes(StandardCharsets.US_ASCII), 0x3C, 0x48, 0xF5, 0x1F);
    }

    public static byte[] html() {
        return "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] exe() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    }

    private static byte[] padded(byte[] start, int... more) {
        byte[] bytes = Arrays.copyOf(start, start.length + more.length + 64);
        for (int i = 0; i < more.length; i++) {
            bytes[start.length + i] = (byte) more[i];
        }
        return bytes;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xCC3333);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
