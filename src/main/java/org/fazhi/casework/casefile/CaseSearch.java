package org.fazhi.casework.casefile;

import org.fazhi.casework.procedure.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * What the case list filters by; the component names are the query parameters of the page and the API. {@code
 * dueSoon}: only cases with an open deadline within the configured working days, or already missed.
 */
public record CaseSearch(@Nullable Long agency, @Nullable CaseState state, @Nullable Long item, @Nullable Long party,
                         @Nullable Boolean dueSoon) {

    public static CaseSearch all() {
        return new CaseSearch(null, null, null, null, null);
    }
}
