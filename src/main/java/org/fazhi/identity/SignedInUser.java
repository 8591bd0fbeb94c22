package org.fazhi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: who, in which role, over which data. Controllers receive it with
 * {@code @AuthenticationPrincipal} and pass {@link #scope()} to every query.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final RegionCode region;
    private final @Nullable Long agencyId;
    private final @Nullable Long partyId;
    private final @Nullable Long officerId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    public SignedInUser(long accountId, String username, String displayName, Role role, RegionCode region,
                        @Nullable Long agencyId, @Nullable Long partyId, boolean enabled, boolean locked,
                        boolean mustChangePassword, @Nullable String passwordHash) {
        this(accountId, username, displayName, role, region, agencyId, partyId, null, enabled, locked,
                mustChangePassword, passwordHash);
    }

    /** A user whose account may name the officer (执法人员) it belongs to. */
    public SignedInUser(long accountId, String username, String displayName, Role role, RegionCode region,
                        @Nullable Long agencyId, @Nullable Long partyId, @Nullable Long officerId, boolean enabled,
                        boolean locked, boolean mustChangePassword, @Nullable String passwordHash) {
        this.officerId = officerId;
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.region = region;
        this.agencyId = agencyId;
        this.partyId = partyId;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public RegionCode region() {
        return region;
    }

    public @Nullable Long agencyId() {
        return agencyId;
    }

    /**
     * The regulated party (行政相对人) an enterprise account speaks for; null for every other role. Services show an
     * enterprise only this party's records: its {@link #scope()} stays the region, which is too wide on its own.
     */
    public @Nullable Long partyId() {
        return partyId;
    }

    /**
     * The officer (执法人员) an officer's account belongs to, when an administrator linked it; null otherwise. Says
     * which inspector of a task is acting, e.g. when checking a visit in by the enterprise's business licence.
     */
    public @Nullable Long officerId() {
        return officerId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean hasRole(Role... roles) {
        return Set.of(roles).contains(role);
    }

    public DataScope scope() {
        return role.isAgencyScoped() && agencyId != null
                ? DataScope.ofAgency(region, agencyId)
                : DataScope.ofRegion(region);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + ", " + region + "]";
    }
}
