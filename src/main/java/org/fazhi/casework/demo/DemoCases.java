package org.fazhi.casework.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's cases in every stage and outcome, so that the case list, the due-soon list, the case pages and
 * the indicators have something to show on the first start: for the market-regulation bureau (the demo accounts'
 * agency) and the department with most clues from the demo inspections, each case's steps replayed on their
 * days through the services ({@link CaseStories}). Runs once, after the demo inspections (order 35) made their
 * clues; never outside demo mode.
 */
@Component
@Order(40)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String MARKET_BUREAU = "市场监督管理局";

    private final DemoMode demoMode;
    private final RegionDirectory regions;
    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final DemoBenches benches;
    private final DemoDesk.Services services;
    private final JdbcClient jdbc;
    private final RegionCode county;
    private final int desks;

    DemoCases(DemoMode demoMode, RegionDirectory regions, AgencyDirectory agencies, PartyDirectory parties,
              DemoBenches benches, PenaltyCases cases, Investigations investigations, Decisions decisions,
              CaseClock clock, CaseDeadlines deadlines, JdbcClient jdbc,
              @Value("${fazhi.region-code}") String county, @Value("${fazhi.demo.case-agencies:2}") int desks) {
        this.demoMode = demoMode;
        this.regions = regions;
        this.agencies = agencies;
        this.parties = parties;
        this.benches = benches;
        this.services = new DemoDesk.Services(cases, investigations, decisions, clock, deadlines);
        this.jdbc = jdbc;
        this.county = RegionCode.of(county);
        this.desks = desks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || desks <= 0 || regions.find(county).isEmpty() || hasOwnCases()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = services.clock().today();
        Iterator<String> partyCodes = enterprisesWithoutCases().iterator();
        int cases = 0;
        int fromInspections = 0;
        for (AgencyOptions.Option agency : agenciesByClues()) {
            Optional<DemoDesk.Bench> bench = benches.of(county, agency, today, officer(agency), head(agency));
            if (bench.isEmpty()) {
                continue;
            }
            DemoDesk desk = new DemoDesk(services, bench.get());
            DemoClues clues = new DemoClues(desk, inspectionClues(agency.id()), partyCodes, today);
            fromInspections += new CaseStories(desk, clues).tell();
            cases++;
            if (cases == desks) {
                break;
            }
        }
        log.info("演示县行政处罚案件已生成：{} 个执法主体，其中来自检查的线索立案 {} 件，用时 {} ms", cases, fromInspections,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Cases other than the inspections' clues: the demo cases were made before (or someone registered one). */
    private boolean hasOwnCases() {
        return jdbc.sql("""
                select exists (select 1 from casework.penalty_case
                                where region_code = ? and (source_kind <> 'INSPECTION' or state <> 'CLUE'))""")
                .param(county.value()).query(Boolean.class).single();
    }

    /** The market-regulation bureau first, then the departments by how many inspection clues they hold. */
    private List<AgencyOptions.Option> agenciesByClues() {
        Map<Long, Long> clues = jdbc.sql("""
                select agency_id, count(*) from casework.penalty_case
                 where region_code = ? and source_kind = 'INSPECTION' and state = 'CLUE' group by agency_id""")
                .param(county.value()).query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AgencyOptions.Option> departments = new ArrayList<>(agencies.countyDepartments(
                DataScope.ofRegion(county)));
        departments.sort(Comparator.comparing((AgencyOptions.Option a) -> !a.name().contains(MARKET_BUREAU))
                .thenComparing(a -> -clues.getOrDefault(a.id(), 0L)).thenComparing(AgencyOptions.Option::id));
        return departments;
    }

    private List<DemoClues.InspectionClue> inspectionClues(long agencyId) {
        return jdbc.sql("""
                select id, discovered_on from casework.penalty_case
                 where region_code = ? and agency_id = ? and source_kind = 'INSPECTION' and state = 'CLUE'
                 order by discovered_on, id""").params(county.value(), agencyId)
                .query((rs, row) -> new DemoClues.InspectionClue(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** Operating enterprises no case names yet, by id, past the demo enterprise account's own. */
    private List<String> enterprisesWithoutCases() {
        Set<Long> named = Set.copyOf(jdbc.sql(
                "select distinct party_id from casework.penalty_case where region_code = ?").param(county.value()).query(Long.class).list());
        List<Long> candidates = parties.directory(new PartyDirectory.Criteria(county, Set.of(), Set.of(), Set.of()))
                .stream().map(PartyDirectory.Entry::partyId).filter(id -> !named.contains(id)).sorted().limit(400)
                .toList();
        return parties.findAll(candidates).stream().filter(p -> p.isEnterprise() && p.operating())
                .sorted(Comparator.comparing(PartyCard::id)).skip(1).map(PartyCard::displayCode).toList();
    }

    private SignedInUser officer(AgencyOptions.Option agency) {
        return agency.name().contains(MARKET_BUREAU)
                ? DemoBenches.user(county, agency, Role.OFFICER, "officer", "市场监管局执法人员")
                : DemoBenches.user(county, agency, Role.OFFICER, "demo-officer-" + agency.id(),
                        agency.name() + "执法人员");
    }

    private SignedInUser head(AgencyOptions.Option agency) {
        return agency.name().contains(MARKET_BUREAU)
                ? DemoBenches.user(county, agency, Role.AGENCY_ADMIN, "agency", "市场监管局法制股")
                : DemoBenches.user(county, agency, Role.AGENCY_ADMIN, "demo-legal-" + agency.id(),
                        agency.name() + "法制机构");
    }
}
