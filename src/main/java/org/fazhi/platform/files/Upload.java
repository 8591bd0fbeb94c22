package org.fazhi.platform.files;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as received: the name its sender gave it (kept, cleaned, for people to recognise; never trusted for its
 * type) and its content, read once as a stream, so a large video never has to sit in memory.
 */
public record Upload(String name, InputStreamSource content) {

    public static Upload of(String name, byte[] bytes) {
        return new Upload(name, new ByteArrayResource(bytes));
    }

    public static Upload of(MultipartFile file) {
        String name = file.getOriginalFilename();
        return new Upload(name == null ? "" : name, file);
    }
}
