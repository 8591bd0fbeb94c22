package org.fazhi.casework.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where each document's template comes from: the county's folder when it holds a file of the template's name,
 * otherwise the template shipped in {@code casework/documents/}. A replaced file counts from the next document on,
 * without a restart: {@link #current} reads it again whenever its size or modification time changed.
 */
@Component
public class DocumentTemplates {

    static final String SHIPPED = "/casework/documents/";
    private static final Logger log = LoggerFactory.getLogger(DocumentTemplates.class);

    private final Path countyFolder;
    /** The size a shipped template is remembered with: no file has it. */
    private static final long SHIPPED_SIZE = -1;

    private final Map<DocumentKind, Loaded> loaded = new ConcurrentHashMap<>();

    /** A template as read, with the file's size and time then (shipped ones: never read again). */
    private record Loaded(TemplateVersion version, long size, FileTime modified) {
    }

    @Autowired
    DocumentTemplates(DocumentProperties properties, @Value("${fazhi.data-dir}") Path dataDirectory) {
        this(properties.templates() != null ? properties.templates()
                : dataDirectory.resolve("templates").resolve("casework"));
    }

    DocumentTemplates(Path countyFolder) {
        this.countyFolder = countyFolder.toAbsolutePath().normalize();
    }

    public Path countyFolder() {
        return countyFolder;
    }

    /** The county's own template of this kind, when it has one. */
    public boolean isReplaced(DocumentKind kind) {
        return Files.isRegularFile(countyFolder.resolve(kind.fileName()));
    }

    /** Checks the template a document of this kind would be rendered from now (the county's, or the shipped one). */
    public TemplateFindings check(DocumentKind kind) {
        return TemplateCheck.check(kind, isReplaced(kind), this::open);
    }

    /** The version a document of this kind is issued from now. */
    public TemplateVersion current(DocumentKind kind) {
        Path file = countyFolder.resolve(kind.fileName());
        try {
            boolean replaced = Files.isRegularFile(file);
            long size = replaced ? Files.size(file) : SHIPPED_SIZE;
            FileTime modified = replaced ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
            Loaded known = loaded.get(kind);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return known.version();
            }
            Loaded read = new Loaded(TemplateVersion.of(kind, bytes(kind)), size, modified);
            loaded.put(kind, read);
            return read.version();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the template " + kind.fileName(), unreadable);
        }
    }

    private byte[] bytes(DocumentKind kind) {
        try (InputStream in = open(kind)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the template " + kind.fileName(), unreadable);
        }
    }

    InputStream open(DocumentKind kind) {
        try {
            return isReplaced(kind) ? Files.newInputStream(countyFolder.resolve(kind.fileName())) : shipped(kind);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the template " + kind.fileName(), unreadable);
        }
    }

    static InputStream shipped(DocumentKind kind) {
        InputStream in = DocumentTemplates.class.getResourceAsStream(SHIPPED + kind.fileName());
        if (in == null) {
            throw new IllegalStateException("the shipped template " + kind.fileName() + " is missing");
        }
        return in;
    }

    /** A county's template with a mistake is named in the log when the application starts, not at the first case. */
    @EventListener(ApplicationReadyEvent.class)
    void checkCountyTemplates() {
        for (DocumentKind kind : DocumentKind.values()) {
            if (isReplaced(kind)) {
                TemplateFindings findings = check(kind);
                if (findings.isSound()) {
                    log.info("Document template {} replaced by {}", kind.fileName(), countyFolder);
                } else {
                    log.warn("Document template {} in {}: {}", kind.fileName(), countyFolder, findings.problems());
                }
            }
        }
    }
}
