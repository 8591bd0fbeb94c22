package org.fazhi.inspection.filing;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.platform.files.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An annual inspection plan as an agency's legal office files it (page or API, both multipart): the year, how many
 * inspections of each planned kind, the items, a note, and the plan document (PDF or Word).
 */
public record FilingForm(
        @NotNull(message = "{inspection.filing.year.required}") @Nullable Integer year,
        @NotNull(message = "{inspection.filing.count.required}") @Min(value = 0, message = "{inspection.filing.count.range}")
        @Max(value = 100_000, message = "{inspection.filing.count.range}") @Nullable Integer plannedRoutine,
        @NotNull(message = "{inspection.filing.count.required}") @Min(value = 0, message = "{inspection.filing.count.range}")
        @Max(value = 100_000, message = "{inspection.filing.count.range}") @Nullable Integer plannedSpecial,
        @NotNull(message = "{inspection.filing.count.required}") @Min(value = 0, message = "{inspection.filing.count.range}")
        @Max(value = 100_000, message = "{inspection.filing.count.range}") @Nullable Integer plannedHigherSpecial,
        @NotEmpty(message = "{inspection.filing.items.required}") @Nullable List<Long> itemIds,
        @Nullable @Size(max = 500, message = "{inspection.filing.note.size}") String note,
        @Nullable MultipartFile document) {

    public static FilingForm empty(int year) {
        return new FilingForm(year, 0, 0, 0, List.of(), "", null);
    }

    /** The uploaded document; null when none was chosen. */
    @Nullable Upload upload() {
        return document == null || document.isEmpty() ? null : Upload.of(document);
    }
}
