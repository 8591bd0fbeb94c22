package org.fazhi.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password rules (security.md, 等保 level 3). Defaults follow the issue; assessors commonly expect a
 * 30-minute lock in production, which is one property away.
 *
 * @param maxFailedLogins   failures in a row that lock an account
 * @param lockDuration      how long a locked account stays locked
 * @param passwordMaxAge    a password older than this must be changed at the next login
 * @param idleAccountExpiry an account unused this long is refused (not in demo mode)
 * @param passwordMinLength minimum length; upper case, lower case, digit and symbol are always required
 */
@ConfigurationProperties("fazhi.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("90d") Duration passwordMaxAge,
        @DefaultValue("90d") Duration idleAccountExpiry,
        @DefaultValue("8") int passwordMinLength) {
}
