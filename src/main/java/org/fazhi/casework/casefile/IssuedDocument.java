package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.procedure.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A document a case issued (执法文书): its kind and title, the step that issued it, its number (none for a kind
 * without a series), its day, and the .docx kept as issued (its stored file, size and SM3 digest).
 */
public record IssuedDocument(long id, long caseId, DocumentKind kind, String title, Transition transition,
                             @Nullable String number, LocalDate issuedOn, long fileId, String fileName,
                             long sizeBytes, String sm3, String issuedBy) {
}
