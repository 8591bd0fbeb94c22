package org.fazhi.casework.evidence;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence registered on a case during the investigation (调查取证): what it is, when it was collected,
 * who registered it. Its files and the structured 笔录 forms attach to it through the shared file store.
 *
 * @param id 0 until stored
 */
public record Evidence(long id, EvidenceKind kind, String title, @Nullable String description, LocalDate collectedOn,
                       String recordedBy, @Nullable Instant recordedAt) {
}
