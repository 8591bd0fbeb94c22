package org.fazhi.disclosure.portal;

import org.jspecify.annotations.Nullable;

/**
 * The search form as typed, every field text (the query parameters are the component names), so that a wrong value
 * is answered with a sentence naming its field rather than a type error: {@link PortalQuery#of} reads them.
 *
 * @param q        keywords, words separated by spaces
 * @param agency   an agency's id
 * @param township a township's region code: decisions of the agencies seated there (乡镇综合行政执法队, 所, 站)
 * @param penalty  a penalty kind ({@code FINE})
 * @param item     a fragment of a cited item's name
 * @param fineFrom the least fine, in yuan
 * @param fineTo   the greatest fine, in yuan
 * @param from     the first decision day (yyyy-MM-dd)
 * @param to       the last decision day
 */
record PortalFilters(@Nullable String q, @Nullable String agency, @Nullable String township,
                     @Nullable String penalty, @Nullable String item, @Nullable String fineFrom,
                     @Nullable String fineTo, @Nullable String from, @Nullable String to) {

    static PortalFilters none() {
        return new PortalFilters(null, null, null, null, null, null, null, null, null);
    }

    static PortalFilters keyword(String q) {
        return new PortalFilters(q, null, null, null, null, null, null, null, null);
    }

    /** Whether anything was asked: a visit of the plain list is not a search. */
    boolean isSearch() {
        return given(q) || given(agency) || given(township) || given(penalty) || given(item) || given(fineFrom)
                || given(fineTo) || given(from) || given(to);
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
