package org.fazhi.inspection.conflict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A declaration as submitted: the officer, and either the credit code of the party concerned or the township of
 * residence.
 */
public record ConflictForm(
        @NotNull(message = "{inspection.conflict.officer.required}") @Nullable Long officerId,
        @Nullable String partyCode,
        @Nullable String township,
        @NotBlank(message = "{inspection.conflict.reason.required}") @Size(max = 500, message = "{inspection.conflict.reason.size}") String reason) {

    public static ConflictForm empty() {
        return new ConflictForm(null, "", "", "");
    }
}
