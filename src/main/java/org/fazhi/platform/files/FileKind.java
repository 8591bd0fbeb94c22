package org.fazhi.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the store keeps, each told by its first bytes (its signature), never by its name or by the type
 * its sender declared: a page, a script or a program renamed {@code .jpg} is none of them. Word documents are
 * containers and are confirmed by their contents as well ({@link ContentSniffing}).
 */
public enum FileKind {

    JPEG(Category.IMAGE, "image/jpeg", "jpg"),
    PNG(Category.IMAGE, "image/png", "png"),
    PDF(Category.DOCUMENT, "application/pdf", "pdf"),
    DOC(Category.DOCUMENT, "application/msword", "doc"),
    DOCX(Category.DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    MP3(Category.AUDIO, "audio/mpeg", "mp3"),
    M4A(Category.AUDIO, "audio/mp4", "m4a"),
    AMR(Category.AUDIO, "audio/amr", "amr"),
    WAV(Category.AUDIO, "audio/wav", "wav"),
    MP4(Category.VIDEO, "video/mp4", "mp4");

    /** What a file is for a person: an image is shown in the page, everything else is downloaded. */
    public enum Category { IMAGE, DOCUMENT, AUDIO, VIDEO }

    /** How many first bytes the signatures need. */
    static final int HEAD_LENGTH = 12;

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] OLE2_START = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};
    /** ISO base media brands of audio-only files (iTunes audio and audio books). */
    private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ");
    /** Brands phones and cameras write for MP4 video; HEIC photos and QuickTime share the box format, not the type. */
    private static final Set<String> VIDEO_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "MSNV", "3gp4", "3gp5", "3gp6");

    private final Category category;
    private final String mediaType;
    private final String extension;

    FileKind(Category category, String mediaType, String extension) {
        this.category = category;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public Category category() {
        return category;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind a file starting with {@code head} claims to be; containers still need {@link ContentSniffing}. */
    static Optional<FileKind> claimedBy(byte[] head) {
        if (startsWith(head, JPEG_START) && head.length > JPEG_START.length) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_START) && head.length > PNG_START.length) {
            return Optional.of(PNG);
        }
        if (startsWith(head, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, OLE2_START)) {
            return Optional.of(DOC);
        }
        if (startsWith(head, ZIP_START)) {
            return Optional.of(DOCX);
        }
        if (startsWith(head, ascii("#!AMR\n"))) {
            return Optional.of(AMR);
        }
        if (startsWith(head, ascii("RIFF")) && head.length >= 12 && text(head, 8).equals("WAVE")) {
            return Optional.of(WAV);
        }
        if (head.length >= 12 && text(head, 4).equals("ftyp")) {
            String brand = text(head, 8);
            return AUDIO_BRANDS.contains(brand) ? Optional.of(M4A)
                    : VIDEO_BRANDS.contains(brand) ? Optional.of(MP4) : Optional.empty();
        }
        return startsWith(head, ascii("ID3")) || isMpegAudioFrame(head) ? Optional.of(MP3) : Optional.empty();
    }

    /**
     * An MP3 without tags starts with a frame header: 11 sync bits, MPEG version not reserved, layer III, a bit rate
     * other than "free" or "bad", a sampling rate not reserved.
     */
    private static boolean isMpegAudioFrame(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (head[1] >> 3) & 0b11;
        int layer = (head[1] >> 1) & 0b11;
        int bitRate = (head[2] >> 4) & 0b1111;
        int samplingRate = (head[2] >> 2) & 0b11;
        return version != 0b01 && layer == 0b01 && bitRate != 0 && bitRate != 0b1111 && samplingRate != 0b11;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String text(byte[] bytes, int from) {
        return new String(bytes, from, 4, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
