package org.fazhi.identity;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to open an account. The password is checked against the password policy; agency roles need an
 * agency, an enterprise account the regulated party it speaks for.
 */
public record NewAccount(String username, String password, String displayName, Role role, RegionCode region,
                         @Nullable Long agencyId, @Nullable Long partyId, boolean mustChangePassword) {
}
