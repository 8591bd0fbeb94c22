package org.fazhi.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyContact;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerForm;
import org.fazhi.registry.officer.OfficerPost;
import org.fazhi.registry.officer.OfficerStatus;
import org.fazhi.registry.officer.Officers;
import org.fazhi.registry.region.RegionForm;
import org.fazhi.registry.region.RegionKind;
import org.fazhi.registry.region.RegionRepository;
import org.fazhi.registry.region.Regions;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start in demo mode, fills the registry with a generated but realistic county (郏县's townships,
 * about 30 county departments, township teams, some 400 officers with certificates in every state, training and
 * exams), through the same services the pages use, in one transaction. Deterministic for a seed.
 */
@Component
@Order(DemoCounty.ORDER)
class DemoCounty implements ApplicationRunner {

    /** Runs before the demo accounts, which need the agencies. */
    static final int ORDER = 20;
    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    private static final String ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final DemoMode demoMode;
    private final RegionRepository regionRepository;
    private final Regions regions;
    private final Agencies agencies;
    private static final List<String> ROADS = List.of("龙山大道", "广阳路", "文化路", "商鼎路", "建设路");

    private final AgencyRepository agencyRepository;
    private final Officers officers;
    private final DemoCertificates certificates;
    private final DemoLearning learning;
    private final TransactionTemplate transaction;
    private final RegionCode county;
    private final long seed;

    DemoCounty(DemoMode demoMode, RegionRepository regionRepository, Regions regions, Agencies agencies,
               AgencyRepository agencyRepository, Officers officers, DemoCertificates certificates,
               DemoLearning learning,
               TransactionTemplate transaction, @Value("${fazhi.region-code}") String county,
               @Value("${fazhi.demo.seed:20261123}") long seed) {
        this.demoMode = demoMode;
        this.regionRepository = regionRepository;
        this.regions = regions;
        this.agencies = agencies;
        this.agencyRepository = agencyRepository;
        this.officers = officers;
        this.certificates = certificates;
        this.learning = learning;
        this.transaction = transaction;
        this.county = RegionCode.of(county);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || regionRepository.find(county).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load(new Random(seed)));
        log.info("演示县数据已生成，用时 {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(Random random) {
        SignedInUser system = new SignedInUser(0, "system", "演示数据", Role.ADMIN, county, null, null, true, false,
                false, null);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        regions.registerCounty(system, county, "郏县");
        List<RegionCode> townships = new ArrayList<>();
        for (int i = 0; i < DemoNames.TOWNSHIPS.size(); i++) {
            String name = DemoNames.TOWNSHIPS.get(i);
            RegionKind kind = name.endsWith("街道") ? RegionKind.SUBDISTRICT
                    : name.endsWith("乡") ? RegionKind.TOWNSHIP : RegionKind.TOWN;
            String code = county.value() + String.format("%03d", kind == RegionKind.SUBDISTRICT ? i + 1 : 100 + i);
            regions.addTownship(system, new RegionForm(code, name, kind, 0));
            townships.add(RegionCode.of(code));
        }
        List<Agency> created = new ArrayList<>();
        for (String[] department : DemoNames.DEPARTMENTS) {
            created.add(register(system, random, department[0], AgencyKind.COUNTY_DEPARTMENT, county, department[1],
                    null, "《中华人民共和国行政处罚法》第十七条；部门“三定”规定"));
        }
        for (int i = 0; i < townships.size(); i++) {
            created.add(register(system, random, DemoNames.TOWNSHIPS.get(i) + "综合行政执法大队",
                    AgencyKind.TOWNSHIP_TEAM, townships.get(i), "COMPREHENSIVE", null,
                    "《中华人民共和国行政处罚法》第二十四条；河南省赋予乡镇（街道）部分县级行政执法权的决定"));
        }
        Agency urban = created.get(9);
        created.add(register(system, random, "郏县城市管理综合执法大队", AgencyKind.ENTRUSTED_ORGANISATION, county,
                "URBAN", urban.id(), "《中华人民共和国行政处罚法》第二十条；郏县城市管理局行政执法委托书"));
        List<Officer> everyone = new ArrayList<>();
        for (Agency agency : created) {
            int size = agency.kind() == AgencyKind.TOWNSHIP_TEAM ? 4 + random.nextInt(5) : 6 + random.nextInt(12);
            for (int i = 0; i < size; i++) {
                Officer officer = registerOfficer(system, random, agency);
                certificates.issueFor(system, random, officer, today);
                everyone.add(officer);
            }
        }
        learning.trainAndExamine(system, random, everyone, today);
    }

    private Agency register(SignedInUser system, Random random, String name, AgencyKind kind, RegionCode region,
                            String area, Long entrustedBy, String legalBasis) {
        return agencies.register(system, new AgencyForm(name, kind, region.value(), creditCode(random), legalBasis,
                entrustedBy, List.of(area), AgencyStatus.ACTIVE, 0).withPublicFacts(duties(name), contact(name)));
    }

    /** What the portal says the agency does: its enforcement in its own name, and the complaints it answers. */
    private static String duties(String name) {
        return "依法以" + name + "名义实施本领域的行政处罚、行政检查、行政强制等执法工作；受理并处理有关执法行为的投诉举报。";
    }

    /**
     * Address and phone follow from the name, not from the seeded random numbers, so the rest of the demo county
     * (officers, certificates, exams) stays what it was before agencies had them.
     */
    private static AgencyContact contact(String name) {
        int n = Math.floorMod(name.hashCode(), 900_000);
        String place = name.endsWith("综合行政执法大队") && !name.startsWith("郏县")
                ? name.replace("综合行政执法大队", "") + "人民政府院内"
                : ROADS.get(n % ROADS.size()) + (1 + n % 200) + "号";
        return new AgencyContact("河南省平顶山市郏县" + place, "0375-" + (5_100_000 + n), "12345");
    }

    private Officer registerOfficer(SignedInUser system, Random random, Agency agency) {
        int roll = random.nextInt(100);
        OfficerPost post = roll < 85 ? OfficerPost.ENFORCEMENT : roll < 93 ? OfficerPost.LEGAL_REVIEW
                : roll < 96 ? OfficerPost.SUPERVISION : OfficerPost.OTHER;
        int kind = random.nextInt(100);
        Establishment establishment = kind < 70 ? Establishment.CIVIL_SERVANT
                : kind < 92 ? Establishment.PUBLIC_INSTITUTION : kind < 97 ? Establishment.CONTRACT
                : Establishment.AUXILIARY;
        OfficerStatus status = random.nextInt(100) < 97 ? OfficerStatus.ACTIVE : OfficerStatus.TRANSFERRED;
        return officers.register(system, new OfficerForm(agency.id(), DemoNames.name(random), idNumber(random), post,
                establishment, agency.areas(), status, 0));
    }

    /** A valid GB 32100 code for a state organ (机关, prefix 11) of this county. */
    private String creditCode(Random random) {
        StringBuilder body = new StringBuilder("11").append(county.value());
        for (int i = 0; i < 9; i++) {
            body.append(ORG_ALPHABET.charAt(random.nextInt(ORG_ALPHABET.length())));
        }
        String code = body.toString() + CreditCode.checkCharacter(body.toString());
        return agencyRepository.findByCreditCode(code).isPresent() ? creditCode(random) : code;
    }

    /** A valid GB 11643 number of someone born in the county between 1966 and 2000. */
    private String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(random.nextInt(35 * 365));
        String body = county.value() + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return body + org.fazhi.shared.IdNumber.checkCharacter(body);
    }
}
