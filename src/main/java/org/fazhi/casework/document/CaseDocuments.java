package org.fazhi.casework.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Renders enforcement documents (执法文书) as .docx: the template of the kind (the county's or the shipped one) with
 * its placeholders filled from the fields. Knows nothing of cases; the case side decides what each field says.
 */
@Service
public class CaseDocuments {

    private final DocumentTemplates templates;

    CaseDocuments(DocumentTemplates templates) {
        this.templates = templates;
    }

    public byte[] render(DocumentKind kind, DocumentFields fields) {
        try (InputStream template = templates.open(kind)) {
            return TemplateFilling.fill(template, fields);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot render " + kind.fileName() + " from " + source(kind), unreadable);
        }
    }

    /** The placeholders a document of this kind may hold: what the case side fills. */
    public Set<Placeholder> placeholdersOf(DocumentKind kind) {
        return Placeholder.of(kind);
    }

    private String source(DocumentKind kind) {
        return templates.isReplaced(kind) ? templates.countyFolder().toString() : "the shipped templates";
    }
}
