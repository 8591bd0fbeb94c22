package org.fazhi.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A login account. Life cycle: opened by an administrator (or at first start), used, locked for a while after
 * too many failed logins, disabled by an administrator or by long disuse.
 */
public record Account(long id, String username, String passwordHash, String displayName, Role role,
                      RegionCode region, @Nullable Long agencyId, @Nullable Long partyId, @Nullable Long officerId,
                      boolean enabled,
                      boolean mustChangePassword, int failedAttempts, @Nullable Instant lockedUntil,
                      Instant passwordChangedAt, @Nullable Instant lastLoginAt, Instant createdAt, int version) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean lockedNow() {
        return isLockedAt(Instant.now());
    }

    /** Idle accounts are refused: 等保 asks that accounts unused for long are disabled. */
    public boolean isIdleAt(Instant now, Duration expiry) {
        Instant lastUse = lastLoginAt != null ? lastLoginAt : createdAt;
        return lastUse.plus(expiry).isBefore(now);
    }

    public boolean passwordExpiredAt(Instant now, Duration maxAge) {
        return passwordChangedAt.plus(maxAge).isBefore(now);
    }

    SignedInUser toSignedInUser(Instant now, IdentityProperties rules, boolean demo) {
        boolean usable = enabled && (demo || !isIdleAt(now, rules.idleAccountExpiry()));
        boolean changePassword = mustChangePassword || passwordExpiredAt(now, rules.passwordMaxAge());
        return new SignedInUser(id, username, displayName, role, region, agencyId, partyId, officerId, usable,
                isLockedAt(now), changePassword, passwordHash);
    }
}
