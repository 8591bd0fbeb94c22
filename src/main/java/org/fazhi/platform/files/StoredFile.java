package org.fazhi.platform.files;

import java.time.Instant;

import org.fazhi.shared.RegionCode;

/**
 * A file as the store recorded it: whose it is, the name it came with (cleaned, ending in its real type's
 * extension), its kind as sniffed from its bytes, its size and SM3 digest, when and by whom it was stored.
 */
public record StoredFile(long id, String ownerType, String ownerId, RegionCode region, String name, FileKind kind,
                         long sizeBytes, String sm3, Instant storedAt, String storedBy) {
}
