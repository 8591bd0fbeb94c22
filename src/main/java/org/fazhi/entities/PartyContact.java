package org.fazhi.entities;

import org.jspecify.annotations.Nullable;

/**
 * Where a party is served and reached, as the documents addressed to it state them: its registered address (住所),
 * its contact and the contact's telephone in full. Null where the register does not hold it.
 */
public record PartyContact(@Nullable String address, @Nullable String contactName, @Nullable String phone) {
}
