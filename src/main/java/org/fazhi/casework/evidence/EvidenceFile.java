package org.fazhi.casework.evidence;

import java.time.Instant;

import org.fazhi.platform.files.StoredFile;
import org.jspecify.annotations.Nullable;

/**
 * A file that is a piece of a case's evidence: the evidence it is (kind, title, what it shows) and the stored file
 * (its name, sniffed kind, size and SM3 digest as received).
 */
public record EvidenceFile(long id, long caseId, long evidenceId, EvidenceKind evidenceKind, String title,
                           @Nullable String description, StoredFile file, String recordedBy, Instant recordedAt) {
}
