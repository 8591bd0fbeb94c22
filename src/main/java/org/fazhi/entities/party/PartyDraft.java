package org.fazhi.entities.party;

import org.jspecify.annotations.Nullable;

/**
 * A checked party with what the database stores beside it: the identity key imports update by, and the
 * ciphertexts of the ID number and phone (null when unchanged on an edit).
 */
public record PartyDraft(Party party, String identityKey, @Nullable String idNumberCipher,
                         @Nullable String contactPhoneCipher) {
}
