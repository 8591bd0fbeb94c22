package org.fazhi.casework.compulsion;

import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What an act on a measure is asked with, on a page's form or in the API's body: always the request key and the
 * measure version seen, then what the act needs. Fields an act does not use are ignored.
 *
 * @param note          the head's note on an approval, the reason of a refusal, or a lifting's explanation
 * @param days          an extension's days (at most 30)
 * @param reason        an extension's reason (情况复杂)
 * @param liftingReason why the measure is lifted (行政强制法第二十八条)
 * @param line          the line of the list whose item is returned, and {@code returnedTo} whom to
 */
public record ActForm(@Nullable String requestKey, @Nullable Integer version, @Nullable String note,
                      @Nullable Integer days, @Nullable String reason, @Nullable LiftingReason liftingReason,
                      @Nullable Integer line, @Nullable String returnedTo) {

    MeasureActs.Request request() {
        if (version == null) {
            throw InvalidInput.of("version", "casework.input.required");
        }
        return new MeasureActs.Request(requestKey == null ? null : requestKey.strip(), version);
    }

    String required(String field, @Nullable String value) {
        if (MeasureForm.blank(value)) {
            throw InvalidInput.of(field, "casework.input.required");
        }
        return value.strip();
    }

    <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw InvalidInput.of(field, "casework.input.required");
        }
        return value;
    }
}
