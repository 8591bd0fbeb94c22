package org.fazhi.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.identity.OfficerOptions;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateRepository;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.springframework.stereotype.Service;

/** The officers an officer's account can belong to, for the account pages and the demo account. */
@Service
class OfficerDirectory implements OfficerOptions {

    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CertifiedOfficers certified;
    private final NamesById names;
    private final Clock clock;

    OfficerDirectory(OfficerRepository officers, CertificateRepository certificates, CertifiedOfficers certified,
                     NamesById names, Clock clock) {
        this.officers = officers;
        this.certificates = certificates;
        this.certified = certified;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public Optional<Option> byCertificateNumber(String number) {
        return certificates.findByNumber(number.strip()).map(Certificate::officerId).flatMap(this::find);
    }

    @Override
    public Optional<Option> find(long officerId) {
        return officers.find(officerId).map((Officer officer) -> new Option(officer.id(), officer.name(),
                officer.agencyId()));
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> officerIds) {
        return names.of(NamesById.Named.OFFICER, officerIds);
    }

    @Override
    public List<Option> certifiedOf(long agencyId) {
        return certified.roster(List.of(agencyId), LocalDate.now(clock)).stream()
                .sorted(Comparator.comparingLong(CertifiedOfficer::officerId))
                .map(officer -> new Option(officer.officerId(), officer.name(), officer.agencyId())).toList();
    }
}
