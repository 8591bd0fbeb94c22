package org.fazhi.platform.files;

import org.fazhi.shared.RegionCode;

/** A file was stored: the audit trail keeps its digest beside who stored it, when and for whom. */
public record FileStored(long fileId, String ownerType, String ownerId, RegionCode region, FileKind kind,
                         long sizeBytes, String sm3) {
}
