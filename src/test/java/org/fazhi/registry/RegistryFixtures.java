package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyStatus;
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

/**
 * Agencies and officers of county 410425 for registry integration tests, made through the public services with
 * unique names and codes, so that tests sharing the database (and the demo county) never see each other's data.
 */
public class RegistryFixtures {

    public static final RegionCode COUNTY = RegionCode.of("410425");

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Officers officers;

    public RegistryFixtures(JdbcClient jdbc, Agencies agencies, Officers officers) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.officers = officers;
        jdbc.sql("""
                insert into registry.region (code, name, kind, parent_code, region_code)
                values ('410425', '郏县', 'COUNTY', null, '410425') on conflict do nothing""").update();
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

    private static SignedInUser user(Role role, Long agencyId) {
        String name = "t-" + role.name().toLowerCase() + (agencyId == null ? "" : "-" + agencyId);
        return new SignedInUser(-1, name, name, role, COUNTY, agencyId, true, false, false, null);
    }

    /** A short random suffix for names that must be unique in the shared database. */
    public static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    public Agency agency(String name) {
        String body = "11" + COUNTY.value() + digits(9);
        AgencyForm form = new AgencyForm(name + suffix(), AgencyKind.COUNTY_DEPARTMENT, COUNTY.value(),
                body + CreditCode.checkCharacter(body), "《中华人民共和国行政处罚法》第十八条", null, List.of(),
                AgencyStatus.ACTIVE, 0);
        return agencies.register(admin(), form);
    }

    public Officer officer(Agency agency, String name) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
        String body = COUNTY.value() + born.toString().replace("-", "") + digits(3);
        OfficerForm form = new OfficerForm(agency.id(), name, body + IdNumber.checkCharacter(body),
                OfficerPost.ENFORCEMENT, Establishment.CIVIL_SERVANT, List.of(), OfficerStatus.ACTIVE, 0);
        return officers.register(admin(), form);
    }

    /** What the audit trail recorded for one record: "DATA_CREATED:fields", oldest first. */
    public List<String> auditTrail(String recordType, long recordId) {
        return jdbc.sql("""
                        select event_type || ':' || changed_fields from audit.entry
                         where record_type = ? and record_id = ? order by id""")
                .params(recordType, String.valueOf(recordId)).query(String.class).list();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
