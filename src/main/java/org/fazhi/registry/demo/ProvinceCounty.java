package org.fazhi.registry.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.platform.FieldCipher;
import org.fazhi.registry.RegistryProperties;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.DataImported;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One generated county of a province-scale dataset: its townships, its agencies, its officers (ID numbers
 * encrypted like any other) and their certificates and 年审, written with batched inserts (a hundred counties in
 * minutes, where the demo county's one-by-one path would take an hour). Audited as one bulk import per table.
 */
@Component
public class ProvinceCounty {

    private static final String ORG = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String SYLLABLES = "安平宁远清河长乐永和新丰宜阳临泉富川汝南桐柏西峡泌阳方城镇宁商水沈丘淮滨息固始光山罗山新县";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final RegistryProperties rules;
    private final ApplicationEventPublisher events;

    ProvinceCounty(JdbcTemplate jdbc, FieldCipher cipher, RegistryProperties rules, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.rules = rules;
        this.events = events;
    }

    /** The county's name, made from its code so that every run names it the same. */
    public static String nameOf(RegionCode county) {
        Random random = new Random(county.value().hashCode());
        return "" + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + "县";
    }

    @Transactional
    public int[] generate(RegionCode county, int officerCount, long seed, LocalDate today) {
        Random random = new Random(seed);
        String name = nameOf(county);
        List<RegionCode> townships = regions(county, name, random);
        List<long[]> agencies = agencies(county, name, townships, random);
        int officers = 0;
        int certificates = 0;
        long serial = 0;
        int[] sizes = sizes(officerCount, agencies.size());
        for (int i = 0; i < agencies.size(); i++) {
            long agencyId = agencies.get(i)[0];
            RegionCode region = i < DemoNames.DEPARTMENTS.size() ? county : townships.get((i - DemoNames.DEPARTMENTS.size()) % townships.size());
            for (int n = 0; n < sizes[i]; n++) {
                serial++;
                long officerId = officer(agencyId, region, county, serial, random);
                officers++;
                if (random.nextInt(100) < 85) {
                    certificate(officerId, agencyId, region, county, serial, random, today);
                    certificates++;
                }
            }
        }
        events.publishEvent(new DataImported("registry.officer", county, officers, 0));
        events.publishEvent(new DataImported("registry.certificate", county, certificates, 0));
        return new int[] {townships.size(), agencies.size(), officers, certificates};
    }

    /**
     * How many officers each agency gets: a county department three times a township team's share, summing to
     * exactly the requested count.
     */
    public static int[] sizes(int officers, int agencies) {
        int departments = Math.min(DemoNames.DEPARTMENTS.size(), agencies);
        int shares = departments * 3 + (agencies - departments);
        int[] sizes = new int[agencies];
        int given = 0;
        for (int i = 0; i < agencies; i++) {
            sizes[i] = officers * (i < departments ? 3 : 1) / shares;
            given += sizes[i];
        }
        for (int i = 0; given < officers; i = (i + 1) % agencies, given++) {
            sizes[i]++;
        }
        return sizes;
    }

    private List<RegionCode> regions(RegionCode county, String name, Random random) {
        jdbc.update("insert into registry.region (code, name, kind, parent_code, region_code) values (?, ?, 'COUNTY', null, ?)",
                county.value(), name, county.value());
        List<RegionCode> townships = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String kind = i <= 2 ? "SUBDISTRICT" : i <= 11 ? "TOWN" : "TOWNSHIP";
            String code = county.value() + String.format("%03d", i <= 2 ? i : 100 + i);
            String township = "" + SYLLABLES.charAt(random.nextInt(SYLLABLES.length()))
                    + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + i
                    + (kind.equals("SUBDISTRICT") ? "街道" : kind.equals("TOWN") ? "镇" : "乡");
            jdbc.update("insert into registry.region (code, name, kind, parent_code, region_code) values (?, ?, ?, ?, ?)",
                    code, township, kind, county.value(), code);
            townships.add(RegionCode.of(code));
        }
        return townships;
    }

    private List<long[]> agencies(RegionCode county, String name, List<RegionCode> townships, Random random) {
        List<long[]> ids = new ArrayList<>();
        long serial = 0;
        for (String[] department : DemoNames.DEPARTMENTS) {
            ids.add(new long[] {agency(department[0].replace("郏县", name), "COUNTY_DEPARTMENT", county, county,
                    department[1], ++serial, random)});
        }
        for (RegionCode township : townships) {
            String teamName = jdbc.queryForObject("select name from registry.region where code = ?", String.class,
                    township.value()) + "综合行政执法大队";
            ids.add(new long[] {agency(teamName, "TOWNSHIP_TEAM", township, county, "COMPREHENSIVE", ++serial, random)});
        }
        return ids;
    }

    private long agency(String name, String kind, RegionCode region, RegionCode county, String area, long serial,
                        Random random) {
        return jdbc.queryForObject("""
                        insert into registry.agency (region_code, name, kind, credit_code, legal_basis, areas)
                        values (?, ?, ?, ?, '《中华人民共和国行政处罚法》第十七条', ?::text[]) returning id""", Long.class,
                region.value(), name, kind, code("11", county, serial, random), "{" + area + "}");
    }

    private long officer(long agencyId, RegionCode region, RegionCode county, long serial, Random random) {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(serial % (35 * 365));
        String body = county.value() + birth.toString().replace("-", "") + String.format("%03d", serial / (35 * 365) % 1000);
        IdNumber number = IdNumber.of(body + IdNumber.checkCharacter(body));
        String officerName = DemoNames.name(random);
        int roll = random.nextInt(100);
        String post = roll < 85 ? "ENFORCEMENT" : roll < 93 ? "LEGAL_REVIEW" : roll < 96 ? "SUPERVISION" : "OTHER";
        return jdbc.queryForObject("""
                        insert into registry.officer (region_code, agency_id, name, id_number_cipher, id_number_hash,
                                                      id_number_masked, post, establishment)
                        values (?, ?, ?, ?, ?, ?, ?, 'CIVIL_SERVANT') returning id""", Long.class,
                region.value(), agencyId, officerName, cipher.encrypt(number.value()), cipher.lookupHash(number.value()),
                number.masked(), post);
    }

    private void certificate(long officerId, long agencyId, RegionCode region, RegionCode county, long serial,
                             Random random, LocalDate today) {
        LocalDate issued = today.minusDays(30 + random.nextInt(6 * 365));
        LocalDate expires = issued.plusYears(rules.certificateValidityYears()).minusDays(1);
        int fate = random.nextInt(100);
        String status = fate < 3 ? "SUSPENDED" : fate < 5 ? "REVOKED" : "VALID";
        long id = jdbc.queryForObject("""
                        insert into registry.certificate (region_code, agency_id, officer_id, kind, number, issued_on,
                               expires_on, status, status_reason, status_changed_on)
                        values (?, ?, ?, 'ENFORCEMENT', ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                region.value(), agencyId, officerId, county.value() + String.format("%06d", serial), Date.valueOf(issued),
                Date.valueOf(expires), status, status.equals("VALID") ? null : "生成数据",
                status.equals("VALID") ? null : Date.valueOf(today));
        int dueYear = rules.reviewYearDueOn(today);
        for (int year = issued.getYear() + 1; year <= Math.min(dueYear, expires.getYear()); year++) {
            if (year == dueYear && random.nextInt(100) < 10) {
                continue;
            }
            jdbc.update("""
                    insert into registry.annual_review (region_code, agency_id, certificate_id, review_year, result, reviewed_on)
                    values (?, ?, ?, ?, 'PASSED', ?)""", region.value(), agencyId, id, year,
                    Date.valueOf(LocalDate.of(year + 1, 2, 1)));
        }
    }

    private static String code(String prefix, RegionCode county, long serial, Random random) {
        StringBuilder body = new StringBuilder(prefix).append(county.value());
        for (int i = 0; i < 3; i++) {
            body.append(ORG.charAt(random.nextInt(ORG.length())));
        }
        body.append(String.format("%06d", serial));
        return body + String.valueOf(CreditCode.checkCharacter(body.toString()));
    }
}
