package org.fazhi.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fazhi.registry.Eligibility.Reason;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.CertificateRepository;
import org.fazhi.registry.certificate.CertifiedRoster;
import org.fazhi.registry.certificate.Standing;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The question every enforcement module asks before assigning an officer: may this officer enforce on this day,
 * in this area? Only with a valid enforcement certificate, on duty, in an active agency, with the 年审 done.
 */
@Service
public class CertifiedOfficers {

    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final AgencyRepository agencies;
    private final CertifiedRoster roster;
    private final RegistryProperties rules;

    CertifiedOfficers(OfficerRepository officers, CertificateRepository certificates, AgencyRepository agencies,
                      CertifiedRoster roster, RegistryProperties rules) {
        this.officers = officers;
        this.certificates = certificates;
        this.agencies = agencies;
        this.roster = roster;
        this.rules = rules;
    }

    /** Everyone in these agencies who may enforce on {@code day}, by officer id (an inspector directory). */
    public List<CertifiedOfficer> roster(Collection<Long> agencyIds, LocalDate day) {
        return roster.on(agencyIds, day, rules.reviewYearDueOn(day), rules.reviewOverdueBlocksEnforcement());
    }

    /** Those of {@code officerIds} in these agencies who may enforce on {@code day}: the roster for a few officers. */
    public List<CertifiedOfficer> among(Collection<Long> officerIds, Collection<Long> agencyIds, LocalDate day) {
        return roster.among(officerIds, agencyIds, day, rules.reviewYearDueOn(day),
                rules.reviewOverdueBlocksEnforcement());
    }

    /** Every reason the officer may not enforce on {@code day}; eligible when there is none. */
    public Eligibility eligibility(OfficerId officerId, LocalDate day, @Nullable String area) {
        Optional<Officer> found = officers.find(officerId.value());
        if (found.isEmpty()) {
            return new Eligibility(List.of(Reason.OFFICER_UNKNOWN), null, null);
        }
        Officer officer = found.get();
        List<Reason> reasons = new ArrayList<>();
        if (!officer.isActive()) {
            reasons.add(Reason.OFFICER_NOT_ON_DUTY);
        }
        if (agencies.find(officer.agencyId()).filter(agency -> agency.isActive()).isEmpty()) {
            reasons.add(Reason.AGENCY_NOT_ACTIVE);
        }
        Optional<Certificate> best = certificates.ofOfficer(officer.id()).stream()
                .filter(certificate -> certificate.kind() == CertificateKind.ENFORCEMENT)
                .min(Comparator.comparing((Certificate certificate) -> certificate.standingOn(day).ordinal())
                        .thenComparing(Certificate::expiresOn, Comparator.reverseOrder()));
        if (best.isEmpty()) {
            reasons.add(Reason.NO_CERTIFICATE);
            return new Eligibility(reasons, null, null);
        }
        Certificate certificate = best.get();
        reasons.addAll(certificateReasons(certificate, day, area));
        return new Eligibility(reasons, certificate.number(), certificate.expiresOn());
    }

    public boolean canEnforce(OfficerId officerId, LocalDate day) {
        return eligibility(officerId, day, null).eligible();
    }

    private List<Reason> certificateReasons(Certificate certificate, LocalDate day, @Nullable String area) {
        List<Reason> reasons = new ArrayList<>();
        Standing standing = certificate.standingOn(day);
        switch (standing) {
            case SUSPENDED -> reasons.add(Reason.CERTIFICATE_SUSPENDED);
            case REVOKED -> reasons.add(Reason.CERTIFICATE_REVOKED);
            case EXPIRED -> reasons.add(Reason.CERTIFICATE_EXPIRED);
            case NOT_YET_VALID -> reasons.add(Reason.CERTIFICATE_NOT_YET_VALID);
            case VALID -> { }
        }
        if (area != null && standing.isValid() && !certificate.covers(area)) {
            reasons.add(Reason.AREA_NOT_COVERED);
        }
        int dueYear = rules.reviewYearDueOn(day);
        if (rules.reviewOverdueBlocksEnforcement() && certificate.owesReviewFor(dueYear, day)
                && certificates.reviews(certificate.id()).stream().noneMatch(review -> review.year() == dueYear)) {
            reasons.add(Reason.ANNUAL_REVIEW_OVERDUE);
        }
        return reasons;
    }
}
