package org.fazhi.casework.casefile;

import java.util.Optional;

import org.fazhi.casework.document.DocumentFields;
import org.fazhi.casework.document.Placeholder;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyContact;
import org.fazhi.entities.PartyDirectory;
import org.springframework.stereotype.Component;

/**
 * The party as every document of a case or of its measures states it, from the party directory: name, credit code
 * or ID number, address (住所) and telephone. What the register does not hold stays a line to fill in by hand; the
 * legal representative is not in the register and always does.
 */
@Component
public class PartyParticulars {

    private final PartyDirectory parties;

    PartyParticulars(PartyDirectory parties) {
        this.parties = parties;
    }

    public DocumentFields addTo(DocumentFields fields, long partyId) {
        Optional<PartyCard> party = parties.find(partyId);
        boolean person = party.map(card -> !card.isEnterprise()).orElse(false);
        String code = party.map(PartyCard::displayCode).orElse(null);
        Optional<PartyContact> contact = parties.contactOf(partyId);
        return fields.with(Placeholder.PARTY_NAME, party.map(PartyCard::name).orElse(null))
                .with(Placeholder.CREDIT_CODE, person ? "" : code)
                .with(Placeholder.ID_NUMBER, person ? code : "")
                .with(Placeholder.ADDRESS, contact.map(PartyContact::address).orElse(null))
                .with(Placeholder.PHONE, contact.map(PartyContact::phone).orElse(null));
    }
}
