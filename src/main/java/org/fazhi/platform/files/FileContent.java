package org.fazhi.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;

/** A stored file whose bytes were just found to have its recorded digest, ready to send. */
public record FileContent(StoredFile file, Resource content) {

    public byte[] bytes() {
        try {
            return content.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored file", e);
        }
    }
}
