package org.fazhi.registry.certificate;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Issuing a certificate: to whom, which kind, its number, dates and areas (default: the holder's areas). */
public record CertificateForm(
        @NotNull(message = "{registry.certificate.officer.required}") @Nullable Long officerId,
        @NotNull(message = "{registry.certificate.kind.required}") @Nullable CertificateKind kind,
        @NotBlank(message = "{registry.certificate.number.required}")
        @Pattern(regexp = "[0-9A-Za-z-]{4,30}", message = "{registry.certificate.number.pattern}") String number,
        @NotNull(message = "{registry.certificate.issued-on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
        @Nullable List<String> areas) {

    public static CertificateForm empty(@Nullable Long officerId, LocalDate today) {
        return new CertificateForm(officerId, CertificateKind.ENFORCEMENT, "", today, null, List.of());
    }

    public List<String> areaCodes() {
        return areas == null ? List.of() : areas.stream().filter(code -> !code.isBlank()).distinct().toList();
    }
}
