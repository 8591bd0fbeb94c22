package org.fazhi.registry.certificate;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A certificate as the REST API shows it, with its standing today. */
public record CertificateView(long id, long officerId, long agencyId, CertificateKind kind, String number,
                              LocalDate issuedOn, LocalDate expiresOn, List<String> areas, CertificateStatus status,
                              Standing standing, @Nullable String statusReason, @Nullable LocalDate statusChangedOn,
                              int version) {

    static CertificateView of(Certificate certificate, LocalDate today) {
        return new CertificateView(certificate.id(), certificate.officerId(), certificate.agencyId(),
                certificate.kind(), certificate.number(), certificate.issuedOn(), certificate.expiresOn(),
                certificate.areas(), certificate.status(), certificate.standingOn(today), certificate.statusReason(),
                certificate.statusChangedOn(), certificate.version());
    }
}
