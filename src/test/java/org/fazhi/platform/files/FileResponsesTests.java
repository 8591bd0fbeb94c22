package org.fazhi.platform.files;

import java.time.Instant;

import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A file goes back as what its bytes are: images shown, everything else downloaded, never sniffed, run or cached. */
class FileResponsesTests {

    @Test
    void anImageIsShownInline() {
        HttpHeaders headers = FileResponses.of(content(FileKind.PNG, "冷库.png")).getHeaders();

        assertThat(headers.getContentType()).hasToString("image/png");
        assertThat(headers.getContentDisposition().isInline()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("冷库.png");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(headers.getCacheControl()).contains("no-store").contains("private");
    }

    @Test
    void documentsRecordingsAndVideosAreDownloaded() {
        for (FileKind kind : new FileKind[] {FileKind.PDF, FileKind.DOCX, FileKind.MP3, FileKind.MP4}) {
            ResponseEntity<Resource> response = FileResponses.of(content(kind, "询问笔录." + kind.extension()));
            assertThat(response.getHeaders().getContentDisposition().isAttachment()).as(kind.name()).isTrue();
            assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("询问笔录." + kind.extension());
            assertThat(response.getHeaders().getContentType()).hasToString(kind.mediaType());
            assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");
        }
    }

    @Test
    void noKindIsServedAsAPage() {
        for (FileKind kind : FileKind.values()) {
            assertThat(kind.mediaType()).doesNotContain("html").doesNotEndWith("xml").doesNotContain("javascript")
                    .doesNotStartWith("text/");
        }
    }

    private static FileContent content(FileKind kind, String name) {
        StoredFile file = new StoredFile(7, "casework.case", "1", RegionCode.of("410425"), name, kind, 3,
                "0".repeat(64), Instant.now(), "officer");
        return new FileContent(file, new ByteArrayResource(new byte[] {1, 2, 3}));
    }
}
