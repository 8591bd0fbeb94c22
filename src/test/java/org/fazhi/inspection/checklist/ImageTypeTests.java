package org.fazhi.inspection.checklist;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A check photo's type comes from its bytes, never from its name or declared type. */
class ImageTypeTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Test
    void jpegAndPngAreKnownByTheirSignatures() {
        assertThat(ImageType.of(JPEG)).contains(ImageType.JPEG);
        assertThat(ImageType.of(PNG)).contains(ImageType.PNG);
        assertThat(ImageType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageType.PNG.extension()).isEqualTo("png");
    }

    @Test
    void aPageOrAProgramIsNoImageWhateverItIsCalled() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

        assertThat(ImageType.of(html)).isEmpty();
        assertThat(ImageType.of(exe)).isEmpty();
        assertThat(ImageType.of(gif)).isEmpty();
        assertThat(ImageType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEmpty();
        assertThat(ImageType.of(new byte[0])).isEmpty();
    }
}
