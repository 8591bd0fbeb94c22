package org.fazhi.platform.files;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a controller sends a stored file back: as the type its bytes were found to be (never HTML: the store keeps no
 * such kind), shown in the page only if it is an image and downloaded otherwise, with the browser told not to guess
 * another type, to run nothing in it (a sandbox without any source) and to keep no copy.
 */
public final class FileResponses {

    static final String SANDBOX = "default-src 'none'; sandbox";

    private FileResponses() {
    }

    public static ResponseEntity<Resource> of(FileContent content) {
        StoredFile file = content.file();
        ContentDisposition disposition = (file.kind().category() == FileKind.Category.IMAGE
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content.content());
    }
}
