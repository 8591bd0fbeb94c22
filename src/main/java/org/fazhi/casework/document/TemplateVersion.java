package org.fazhi.casework.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.fazhi.shared.Sm3;

/**
 * One version of a document's template: its bytes and their SM3. An issued document names the version it is printed
 * from, so that it prints the same whatever the county's folder holds later.
 */
public record TemplateVersion(DocumentKind kind, String sm3, byte[] content) {

    static TemplateVersion of(DocumentKind kind, byte[] content) {
        return new TemplateVersion(kind, Sm3.hex(Sm3.digest(content)), content);
    }

    InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
