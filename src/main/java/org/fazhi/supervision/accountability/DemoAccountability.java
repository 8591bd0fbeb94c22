package org.fazhi.supervision.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.disputes.LostLawsuits.LostLawsuit;
import org.fazhi.disputes.LostLawsuits;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
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
 * The demo county's fault accountability, recorded through the service after the demo rounds and reviews: the
 * problem the last round passed to the discipline body (pursued: unit criticised, persons handled, referred), a
 * reviewed case file's problem (an officer given criticism and education), and two lost lawsuits — one pursued, one
 * not pursued with its reason, naming the demo county's two earliest lost lawsuits (recorded before this runs).
 * Runs once; never outside demo mode.
 */
@Component
@Order(70)
class DemoAccountability implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountability.class);

    /** A source record and the agency it concerns. */
    private record Source(long id, long agencyId) {
    }

    private final DemoMode demoMode;
    private final Accountability accountability;
    private final LostLawsuits lostLawsuits;
    private final AgencyOptions agencies;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RegionCode county;

    DemoAccountability(DemoMode demoMode, Accountability accountability, LostLawsuits lostLawsuits,
                       AgencyOptions agencies, JdbcClient jdbc, Clock clock,
                       @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.accountability = accountability;
        this.lostLawsuits = lostLawsuits;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.county = RegionCode.of(county);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || jdbc.sql("select exists (select 1 from supervision.accountability_finding "
                + "where region_code = ?)").param(county.value()).query(Boolean.class).single()) {
            return;
        }
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        if (all.size() < 2) {
            log.info("demo accountability skipped: too few agencies");
            return;
        }
        SignedInUser supervisor = new SignedInUser(0, "supervisor", "司法局执法监督科", Role.SUPERVISOR, county, null,
                null, true, false, false, null);
        LocalDate today = LocalDate.now(clock);
        clueOfTheLastRound().ifPresent(s -> accountability.record(supervisor, new Accountability.FindingForm(
                s.agencyId(), "SUPERVISION_FINDING:" + s.id(), "对同一企业一年内重复检查五次且未经审批，属乱检查",
                today.minusDays(20), true, null, true, true, List.of(
                        new Accountability.PersonForm("刘某", null, HandlingKind.PARTY_GOVERNMENT_SANCTION),
                        new Accountability.PersonForm("赵某", null, HandlingKind.ADMONITION)))));
        reviewedFile().ifPresent(s -> accountability.record(supervisor, new Accountability.FindingForm(
                s.agencyId(), "CASE_FILE_REVIEW:" + s.id(), "案卷评查发现未告知当事人陈述申辩权利即作出处罚决定",
                today.minusDays(12), true, null, false, false, List.of(
                        new Accountability.PersonForm("孙某", null, HandlingKind.CRITICISM_EDUCATION)))));
        List<LostLawsuit> lost = lostLawsuits.inCounty(county, today.minusYears(3), today);
        if (lost.size() < 2) {
            log.info("demo accountability for lawsuits skipped: fewer than two lost lawsuits");
            return;
        }
        accountability.record(supervisor, new Accountability.FindingForm(lost.get(0).agencyId(),
                "LAWSUIT:" + lost.get(0).lawsuitId(), "行政处罚决定认定事实不清被人民法院判决撤销", today.minusDays(40), true,
                null, true, false, List.of(new Accountability.PersonForm("周某", null, HandlingKind.ORGANISATIONAL))));
        accountability.record(supervisor, new Accountability.FindingForm(lost.get(1).agencyId(),
                "LAWSUIT:" + lost.get(1).lawsuitId(), "行政行为被人民法院确认违法", today.minusDays(35), false,
                "法律适用存在争议，执法人员不存在主观过错，不影响案件定性结果，依照过错责任追究办法不予追究", false, false, List.of()));
    }

    private Optional<Source> clueOfTheLastRound() {
        return jdbc.sql("select f.id, f.agency_id from supervision.finding f join supervision.discipline_clue c "
                        + "on c.finding_id = f.id where f.region_code = ? order by f.id limit 1")
                .param(county.value()).query((rs, n) -> new Source(rs.getLong(1), rs.getLong(2))).optional();
    }

    private Optional<Source> reviewedFile() {
        return jdbc.sql("select f.id, f.agency_id from supervision.review_file f where f.region_code = ? and exists "
                        + "(select 1 from supervision.review_problem p where p.file_id = f.id) order by f.id limit 1")
                .param(county.value()).query((rs, n) -> new Source(rs.getLong(1), rs.getLong(2))).optional();
    }
}
