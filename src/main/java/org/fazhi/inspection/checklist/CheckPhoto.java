package org.fazhi.inspection.checklist;

import java.time.Instant;

/**
 * A photo of a recorded check point, as stored: its media type is what its bytes are, {@code sm3} their digest.
 */
public record CheckPhoto(long id, long taskId, long checkPointId, String mediaType, long sizeBytes, String sm3,
                         String uploadedBy, Instant uploadedAt) {
}
