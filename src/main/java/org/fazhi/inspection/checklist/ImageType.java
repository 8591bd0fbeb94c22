package org.fazhi.inspection.checklist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a check photo may be, told apart by the bytes themselves (their signatures): a file's name and the
 * type its sender declares are not trusted, so a page or a program renamed {@code .jpg} is refused.
 */
enum ImageType {

    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    ImageType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The type the bytes start with, if they are an image of an accepted type. */
    static Optional<ImageType> of(byte[] bytes) {
        return Arrays.stream(values()).filter(type -> type.startsWith(bytes)).findFirst();
    }

    private boolean startsWith(byte[] bytes) {
        return bytes.length > signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }
}
