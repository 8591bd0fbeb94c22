package org.fazhi.disputes.reconsideration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.documents.DocxTemplates;
import org.fazhi.platform.documents.TemplateValues;
import org.fazhi.registry.RegionNames;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Renders a case's documents (行政复议文书) as .docx from the shipped templates in {@code disputes/documents/}, with
 * the same placeholder filling as the enforcement documents. Whoever may read the case may download its documents;
 * a document whose step has not been taken is not found.
 */
@Service
class ReconsiderationDocuments {

    static final String SHIPPED = "/disputes/documents/";
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Reconsiderations reconsiderations;
    private final RegionNames regions;
    private final MessageSource messages;

    ReconsiderationDocuments(Reconsiderations reconsiderations, RegionNames regions, MessageSource messages) {
        this.reconsiderations = reconsiderations;
        this.regions = regions;
        this.messages = messages;
    }

    /** The document as a download named after the case number and its title. */
    ResponseEntity<byte[]> download(SignedInUser user, long id, ReconsiderationDocumentKind kind) {
        ReconsiderationCase c = reconsiderations.get(user, id);
        if (!kind.isIssuedFor(c)) {
            throw new NotFound("disputes.reconsideration.document", kind.title());
        }
        byte[] bytes = render(c, kind);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.number() + kind.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    byte[] render(ReconsiderationCase c, ReconsiderationDocumentKind kind) {
        String body = text("disputes.reconsideration.document.body", regions.of(c.application().county().value()));
        TemplateValues values = TemplateValues.of(ReconsiderationDocumentFields.of(c, kind, body,
                reconsiderations.agencyName(c.application().agencyId()), this::text));
        try (InputStream template = shipped(kind)) {
            return DocxTemplates.fill(template, values);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot render " + kind.fileName(), unreadable);
        }
    }

    static InputStream shipped(ReconsiderationDocumentKind kind) {
        InputStream in = ReconsiderationDocuments.class.getResourceAsStream(SHIPPED + kind.fileName());
        if (in == null) {
            throw new IllegalStateException("the shipped template " + kind.fileName() + " is missing");
        }
        return in;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
