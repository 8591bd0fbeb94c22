package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateForm;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerForm;
import org.fazhi.registry.officer.OfficerPost;
import org.fazhi.registry.officer.OfficerStatus;
import org.fazhi.registry.officer.Officers;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registry records for integration tests, made through the real services. Names, credit codes and ID numbers are
 * unique per call, so tests sharing the database (with the demo county in it) never collide.
 */
@Component
public class RegistryTestData {

    public static final RegionCode COUNTY = RegionCode.of("410425");
    private static final String ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private final Agencies agencies;
    private final Officers officers;
    private final Certificates certificates;
    private final JdbcClient jdbc;

    RegistryTestData(Agencies agencies, Officers officers, Certificates certificates, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.officers = officers;
        this.certificates = certificates;
    }

    public static SignedInUser admin() {
        return user(Role.ADMIN, null);
    }

    public static SignedInUser supervisor() {
        return user(Role.SUPERVISOR, null);
    }

    public static SignedInUser leader() {
        return user(Role.LEADER, null);
    }

    public static SignedInUser agencyAdmin(Agency agency) {
        return user(Role.AGENCY_ADMIN, agency.id());
    }

    /** A short random suffix for names that must be unique in the shared database. */
    public static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    public static SignedInUser user(Role role, Long agencyId) {
        return user(role, agencyId, null);
    }

    /** An enterprise account speaking for this regulated party. */
    public static SignedInUser enterprise(long partyId) {
        return user(Role.ENTERPRISE, null, partyId);
    }

    private static SignedInUser user(Role role, Long agencyId, Long partyId) {
        int id = SERIAL.incrementAndGet();
        return new SignedInUser(900_000 + id, "test-" + role.name().toLowerCase() + id, "测试用户", role, COUNTY,
                agencyId, partyId, true, false, false, null);
    }

    public Agency agency(String namePrefix) {
        return agencies.register(admin(), agencyForm(namePrefix + SERIAL.incrementAndGet()));
    }

    public static AgencyForm agencyForm(String name) {
        return new AgencyForm(name, AgencyKind.COUNTY_DEPARTMENT, COUNTY.value(), creditCode(),
                "《中华人民共和国行政处罚法》第十七条", null, List.of("MARKET"), AgencyStatus.ACTIVE, 0);
    }

    public Officer officer(Agency agency, String name) {
        return officers.register(admin(), new OfficerForm(agency.id(), name, idNumber(), OfficerPost.ENFORCEMENT,
                Establishment.CIVIL_SERVANT, List.of(), OfficerStatus.ACTIVE, 0));
    }

    /** An officer whose full ID number the test knows, e.g. to name them in an import file. */
    public Officer officer(Agency agency, String name, String idNumber) {
        return officers.register(admin(), new OfficerForm(agency.id(), name, idNumber, OfficerPost.ENFORCEMENT,
                Establishment.CIVIL_SERVANT, List.of(), OfficerStatus.ACTIVE, 0));
    }

    public Officer officer(Agency agency) {
        return officer(agency, OfficerPost.ENFORCEMENT, Establishment.CIVIL_SERVANT);
    }

    public Officer officer(Agency agency, OfficerPost post, Establishment establishment) {
        return officers.register(admin(), officerForm(agency.id(), post, establishment));
    }

    public static OfficerForm officerForm(long agencyId, OfficerPost post, Establishment establishment) {
        return new OfficerForm(agencyId, "测试" + (char) ('甲' + SERIAL.incrementAndGet() % 10) + "某", idNumber(), post,
                establishment, List.of("MARKET"), OfficerStatus.ACTIVE, 0);
    }

    public Certificate certificate(Officer officer, LocalDate issuedOn, LocalDate expiresOn) {
        return certificates.issue(admin(), new CertificateForm(officer.id(), CertificateKind.ENFORCEMENT,
                "T" + COUNTY.value() + SERIAL.incrementAndGet(), issuedOn, expiresOn, List.of()));
    }

    /** What the audit trail recorded for one record: "DATA_CREATED:fields", oldest first. */
    public List<String> auditTrail(String recordType, long recordId) {
        return jdbc.sql("""
                        select event_type || ':' || changed_fields from audit.entry
                         where record_type = ? and record_id = ? order by id""")
                .params(recordType, String.valueOf(recordId)).query(String.class).list();
    }

    /** A valid state-organ credit code of the test county. */
    public static String creditCode() {
        StringBuilder body = new StringBuilder("12").append(COUNTY.value());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            body.append(ORG_ALPHABET.charAt(random.nextInt(ORG_ALPHABET.length())));
        }
        return body + String.valueOf(CreditCode.checkCharacter(body.toString()));
    }

    /** A valid ID number of someone born in the 1950s (the demo county's officers are younger). */
    public static String idNumber() {
        int serial = SERIAL.incrementAndGet();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(serial % 3650);
        String body = "410425" + birth.toString().replace("-", "") + String.format("%03d", serial / 3650 % 1000);
        return body + IdNumber.checkCharacter(body);
    }
}
