package org.fazhi.registry.certificate;

import org.jspecify.annotations.Nullable;

/**
 * The certificate list's filters as the list page, its export and the API receive them (query parameters).
 * {@link Certificates#searchFor} turns the two shortcuts into dates: {@code expiring} means within the configured
 * number of days (or {@code expiringWithinDays} when given), {@code reviewOverdue} means 年审 not passed for the year
 * now due.
 *
 * @param text a certificate number or a holder's name
 */
public record CertificateFilter(@Nullable String text, @Nullable Long agency, @Nullable CertificateKind kind,
                                @Nullable Standing standing, @Nullable Boolean expiring,
                                @Nullable Integer expiringWithinDays, @Nullable Boolean reviewOverdue) {
}
