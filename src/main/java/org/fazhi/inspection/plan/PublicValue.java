package org.fazhi.inspection.plan;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The public value as the user enters it to draw: the value read at its source, and for a public drawing session
 * the witnesses' names. Entered once; the draw records it with who entered it and when.
 */
public record PublicValue(String value, List<String> witnesses) {

    public PublicValue {
        value = value == null ? "" : value.strip();
        witnesses = witnesses == null ? List.of() : witnesses.stream().map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    /** Witnesses typed in one field, separated by 、 or commas or spaces. */
    public static PublicValue of(@Nullable String value, @Nullable String witnesses) {
        return new PublicValue(value == null ? "" : value, witnesses == null ? List.of()
                : Arrays.asList(witnesses.split("[、,，;；\\s]+")));
    }

    /** For plans whose seed needs no value (an old committed seed). */
    public static PublicValue none() {
        return new PublicValue("", List.of());
    }
}
