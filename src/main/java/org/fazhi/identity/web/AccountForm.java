package org.fazhi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fazhi.identity.Role;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

record AccountForm(
        @NotBlank(message = "{identity.accounts.username.pattern}")
        @Pattern(regexp = "[A-Za-z0-9_.-]{3,40}", message = "{identity.accounts.username.pattern}") String username,
        @NotBlank(message = "{identity.accounts.display-name.required}") @Size(max = 40) String displayName,
        @NotNull(message = "{identity.accounts.role.required}") @Nullable Role role,
        @NotBlank @Pattern(regexp = "[1-9][0-9]{5}([0-9]{3})?", message = "{shared.region-code.invalid}") String regionCode,
        @Nullable Long agencyId,
        @Size(max = 40) @Nullable String partyCreditCode,
        @Size(max = 30) @Nullable String officerCertificate,
        @NotBlank(message = "{identity.password.new.required}") String password) {

    static AccountForm empty(RegionCode region) {
        return new AccountForm("", "", null, region.value(), null, "", "", "");
    }

    /** The credit code as typed, without surrounding spaces; empty when none was given. */
    String partyCode() {
        return partyCreditCode == null ? "" : partyCreditCode.strip();
    }

    /** The officer's certificate number as typed, without surrounding spaces; empty when none was given. */
    String certificate() {
        return officerCertificate == null ? "" : officerCertificate.strip();
    }
}
