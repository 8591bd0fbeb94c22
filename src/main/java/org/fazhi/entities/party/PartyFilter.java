package org.fazhi.entities.party;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * The party list's filters as the list page, its export and the API receive them (query parameters). The code is
 * as typed, a credit code or an ID number; {@link Parties#searchFor} turns it into the search key.
 *
 * @param region   a township's code
 * @param industry a section ("C") or a division ("C13")
 */
public record PartyFilter(@Nullable String name, @Nullable String code, @Nullable String region,
                          @Nullable String industry, @Nullable CreditGrade grade, @Nullable PartyKind kind,
                          @Nullable PartyStatus status, @Nullable Boolean fiveAbove, @Nullable PartyMark mark) {

    /** A name fragment of one character, which the search ignores (it looks names up by character pairs). */
    public boolean nameTooShort() {
        return name != null && !name.isBlank() && name.strip().length() < 2;
    }
}
