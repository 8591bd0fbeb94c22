package org.fazhi.inspection.filing;

import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.StoredFile;

/**
 * The plan document filed, as the filing records it: the stored file, its name as uploaded, its kind as sniffed from
 * its bytes (never from the name or what the browser said), its size and its SM3 digest.
 */
public record PlanDocument(long file, String name, FileKind type, long size, String sm3) {

    static PlanDocument of(StoredFile stored) {
        return new PlanDocument(stored.id(), stored.name(), stored.kind(), stored.sizeBytes(), stored.sm3());
    }
}
