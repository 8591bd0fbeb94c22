package org.fazhi.entities.party;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * A party as a user submits it (page, API) or an import row describes it. {@code code} is the credit code, or the
 * ID number of a person; when editing a person, a blank code keeps the stored ID number.
 */
public record PartyForm(
        @NotNull(message = "{entities.party.kind.required}") @Nullable PartyKind kind,
        @Nullable String code,
        @NotBlank(message = "{entities.party.name.required}") @Size(min = 2, max = 200, message = "{entities.party.name.size}") String name,
        @NotBlank(message = "{entities.party.region.required}") String regionCode,
        @Nullable @Size(max = 300, message = "{entities.party.address.size}") String address,
        @Nullable String industryCode,
        @Nullable Scale scale,
        boolean fiveAbove,
        @Nullable @Size(max = 30, message = "{entities.party.contact-name.size}") String contactName,
        @Nullable String contactPhone,
        @Nullable PartyStatus status,
        @Nullable CreditGrade creditGrade,
        @Nullable List<PartyMark> marks,
        int version) {

    public static PartyForm empty(String regionCode) {
        return new PartyForm(PartyKind.ENTERPRISE, "", "", regionCode, "", null, null, false, "", "",
                PartyStatus.OPERATING, null, List.of(), 0);
    }

    public static PartyForm of(Party party) {
        return new PartyForm(party.kind(), party.creditCode() == null ? "" : party.creditCode(), party.name(),
                party.region().value(), party.address(), party.industryCode(), party.scale(), party.fiveAbove(),
                party.contactName(), "", party.status(), party.creditGrade(), party.marks(), party.version());
    }

    public List<PartyMark> markList() {
        return marks == null ? List.of() : marks.stream().distinct().toList();
    }
}
