package org.fazhi.platform.files;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of checking stored files against their records.
 *
 * @param checked    how many files were checked
 * @param mismatches those that are missing or altered, in id order
 */
public record FileCheck(long checked, List<Mismatch> mismatches) {

    public enum Problem {
        /** No file where the record says it is. */
        MISSING,
        /** The file's bytes no longer have the recorded digest (or size). */
        ALTERED
    }

    public record Mismatch(StoredFile file, Problem problem) {
    }

    public FileCheck {
        mismatches = List.copyOf(mismatches);
    }

    @JsonProperty("intact")
    public boolean intact() {
        return mismatches.isEmpty();
    }
}
