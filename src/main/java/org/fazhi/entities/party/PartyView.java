package org.fazhi.entities.party;

import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/** A party as the REST API shows it: ID numbers and phones only masked. */
public record PartyView(long id, PartyKind kind, String code, String name, String regionCode, @Nullable String address,
                        @Nullable String industryCode, @Nullable Scale scale, boolean fiveAbove,
                        @Nullable String contactName, @Nullable String contactPhone, PartyStatus status,
                        @Nullable CreditGrade creditGrade, List<PartyMark> marks, int version) {

    static PartyView of(Party party) {
        return new PartyView(party.id(), party.kind(), party.displayCode(), party.name(), party.region().value(),
                party.address(), party.industryCode(), party.scale(), party.fiveAbove(), party.contactName(),
                party.contactPhoneMasked(), party.status(), party.creditGrade(), party.marks(), party.version());
    }
}
