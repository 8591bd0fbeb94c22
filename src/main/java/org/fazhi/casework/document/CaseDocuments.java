package org.fazhi.casework.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.fazhi.platform.documents.DocxTemplates;
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
            return fill(template, fields);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot render " + kind.fileName() + " from " + source(kind), unreadable);
        }
    }

    /** The template version a document of this kind is issued from now: the county's, or the shipped one. */
    public TemplateVersion template(DocumentKind kind) {
        return templates.current(kind);
    }

    /** Renders from a given version of the template: the one a document was issued from. */
    public byte[] render(TemplateVersion template, DocumentFields fields) {
        try (InputStream in = template.open()) {
            return fill(in, fields);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot render " + template.kind().fileName() + " (template "
                    + template.sm3() + ")", unreadable);
        }
    }

    static byte[] fill(InputStream template, DocumentFields fields) throws IOException {
        return DocxTemplates.fill(template, fields.byName());
    }

    /** The placeholders a document of this kind may hold: what the case side fills. */
    public Set<Placeholder> placeholdersOf(DocumentKind kind) {
        return Placeholder.of(kind);
    }

    private String source(DocumentKind kind) {
        return templates.isReplaced(kind) ? templates.countyFolder().toString() : "the shipped templates";
    }
}
