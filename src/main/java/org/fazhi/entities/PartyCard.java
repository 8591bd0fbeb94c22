package org.fazhi.entities;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of a regulated party: who it is, where, in which industry, how big and how graded.
 * {@code publicName} is safe for public pages (a person's name is reduced to its first character and *).
 */
public record PartyCard(long id, RegionCode region, PartyKind kind, String name, String publicName,
                        String displayCode, @Nullable String industryCode, boolean fiveAbove,
                        @Nullable CreditGrade creditGrade, boolean operating) {

    public boolean isEnterprise() {
        return kind != PartyKind.PERSON;
    }
}
