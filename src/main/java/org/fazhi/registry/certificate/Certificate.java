package org.fazhi.registry.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An enforcement certificate (执法证). Life cycle: issued valid for a period (default five years); suspended
 * (暂扣, e.g. after a failed 年审 or by a supervision decision) and reinstated; revoked (注销) for good, including
 * when it is replaced by a new one (换发); expired when its period ends. An officer acts only while it is valid.
 */
public record Certificate(long id, RegionCode region, long agencyId, long officerId, CertificateKind kind,
                          String number, LocalDate issuedOn, LocalDate expiresOn, List<String> areas,
                          CertificateStatus status, @Nullable String statusReason, @Nullable LocalDate statusChangedOn,
                          int version) {

    private static final String BASIS = "河南省行政执法条例";

    public Certificate {
        areas = List.copyOf(areas);
    }

    public Standing standingOn(LocalDate day) {
        if (status == CertificateStatus.REVOKED) {
            return Standing.REVOKED;
        }
        if (status == CertificateStatus.SUSPENDED) {
            return Standing.SUSPENDED;
        }
        if (day.isBefore(issuedOn)) {
            return Standing.NOT_YET_VALID;
        }
        return day.isAfter(expiresOn) ? Standing.EXPIRED : Standing.VALID;
    }

    public boolean isValidOn(LocalDate day) {
        return standingOn(day).isValid();
    }

    /** Valid today and expiring within the given number of days (inclusive). */
    public boolean expiresWithin(LocalDate today, int days) {
        return isValidOn(today) && ChronoUnit.DAYS.between(today, expiresOn) <= days;
    }

    public boolean covers(String area) {
        return areas.contains(area);
    }

    /** 暂扣: only a certificate valid that day can be suspended, and the decision needs a reason. */
    public Certificate suspend(String reason, LocalDate on) {
        requireReason(reason);
        if (!isValidOn(on)) {
            throw new RuleViolation("registry.certificate.suspend.not-valid", BASIS, number);
        }
        return withStatus(CertificateStatus.SUSPENDED, reason, on);
    }

    /** 恢复: lifts a suspension, unless the certificate has expired meanwhile. */
    public Certificate reinstate(LocalDate on) {
        if (status != CertificateStatus.SUSPENDED) {
            throw RuleViolation.of("registry.certificate.reinstate.not-suspended", number);
        }
        if (on.isAfter(expiresOn)) {
            throw RuleViolation.of("registry.certificate.reinstate.expired", number);
        }
        return withStatus(CertificateStatus.VALID, null, on);
    }

    /** 注销: final; a revoked certificate is never valid again. */
    public Certificate revoke(String reason, LocalDate on) {
        requireReason(reason);
        if (status == CertificateStatus.REVOKED) {
            throw RuleViolation.of("registry.certificate.revoke.already", number);
        }
        return withStatus(CertificateStatus.REVOKED, reason, on);
    }

    /** Whether the 年审 of {@code year} is owed: the certificate was held through that whole year and is valid. */
    public boolean owesReviewFor(int year, LocalDate today) {
        return isValidOn(today) && issuedOn.getYear() < year;
    }

    private Certificate withStatus(CertificateStatus newStatus, @Nullable String reason, LocalDate on) {
        return new Certificate(id, region, agencyId, officerId, kind, number, issuedOn, expiresOn, areas, newStatus,
                reason == null ? null : reason.strip(), on, version);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("registry.certificate.reason.required");
        }
    }
}
