package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.registry.SupervisionCertificates;
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
 * The demo county's supervision, made through the real services: last quarter's round finished (opinions
 * answered and accepted, one problem passed to the discipline body with its outcome, grades fixed) and this
 * quarter's round open, with the market regulator's opinion awaiting its answer (the demo {@code agency} account
 * answers it) and another agency's opinion escalated to a 监督决定书 — for which its deadline is moved into the past,
 * a demo concession, logged as such. Runs once; never outside demo mode.
 */
@Component
@Order(50)
class DemoRounds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);

    private final DemoMode demoMode;
    private final Rounds rounds;
    private final Opinions opinions;
    private final Clues clues;
    private final SupervisionCertificates certificates;
    private final AgencyOptions agencies;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RegionCode county;

    DemoRounds(DemoMode demoMode, Rounds rounds, Opinions opinions, Clues clues, SupervisionCertificates certificates,
               AgencyOptions agencies, JdbcClient jdbc, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.rounds = rounds;
        this.opinions = opinions;
        this.clues = clues;
        this.certificates = certificates;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.clock = clock;
        this.county = RegionCode.of(county);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || jdbc.sql("select exists (select 1 from supervision.round where region_code = ?)")
                .param(county.value()).query(Boolean.class).single()) {
            return;
        }
        List<SupervisionCertificates.Holder> supervisors = certificates.holdersIn(county, LocalDate.now(clock));
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        AgencyOptions.Option market = all.stream().filter(a -> a.name().contains("市场监督管理局")).findFirst()
                .orElse(null);
        List<AgencyOptions.Option> others = all.stream().filter(a -> a != market).limit(2).toList();
        if (supervisors.isEmpty() || market == null || others.size() < 2) {
            log.info("demo supervision rounds skipped: no certified supervisor or too few agencies");
            return;
        }
        SignedInUser supervisor = new SignedInUser(0, "supervisor", "司法局执法监督科", Role.SUPERVISOR, county, null,
                null, true, false, false, null);
        List<Long> team = supervisors.stream().limit(2).map(SupervisionCertificates.Holder::officerId).toList();
        finishedRound(supervisor, team, market, others.get(0));
        currentRound(supervisor, team, market, others.get(1));
    }

    private void finishedRound(SignedInUser supervisor, List<Long> team, AgencyOptions.Option market,
                               AgencyOptions.Option other) {
        LocalDate start = quarterStart().minusMonths(3);
        SupervisionRound round = rounds.open(supervisor, new RoundForm(RoundKind.ROUTINE,
                start.getYear() + "年第" + quarterOf(start) + "季度常态化行政执法监督", start,
                start.plusMonths(3).minusDays(1), "行政处罚案件办理、涉企行政检查", List.of(market.id(), other.id()),
                team));
        rounds.recordFinding(supervisor, round.id(), new Rounds.FindingForm(market.id(), "CONDUCT_PROCEDURE",
                "部分案件未在法定期限内送达处罚决定书", null));
        long clue = rounds.recordFinding(supervisor, round.id(), new Rounds.FindingForm(market.id(),
                "CONDUCT_ARBITRARY", "对同一企业一年内重复检查五次且未经审批", null));
        rounds.recordFinding(supervisor, round.id(), new Rounds.FindingForm(other.id(), "INST_THREE_SYSTEMS",
                "重大执法决定法制审核目录未公布", null));
        for (AgencyOptions.Option agency : List.of(market, other)) {
            Opinion opinion = opinions.issueForRound(supervisor, round.id(), agency.id());
            opinions.answer(legalOffice(agency), opinion.id(), "已组织专题培训，修订工作制度，逐案整改并建立台账", List.of());
            opinions.accept(supervisor, opinion.id());
        }
        clues.transfer(supervisor, clue);
        clues.recordOutcome(supervisor, clue, new Clues.Outcome(1, 1, "给予相关责任人政务警告处分一人、诫勉谈话一人"));
        rounds.close(supervisor, round.id());
    }

    private void currentRound(SignedInUser supervisor, List<Long> team, AgencyOptions.Option market,
                              AgencyOptions.Option other) {
        LocalDate start = quarterStart();
        SupervisionRound round = rounds.open(supervisor, new RoundForm(RoundKind.ROUTINE,
                start.getYear() + "年第" + quarterOf(start) + "季度常态化行政执法监督", start,
                start.plusMonths(3).minusDays(1), "行政执法三项制度、行政裁量权基准适用", List.of(market.id(), other.id()),
                team));
        rounds.recordFinding(supervisor, round.id(), new Rounds.FindingForm(market.id(), "CONDUCT_DISCRETION",
                "罚款数额未说明适用的裁量基准档次", null));
        rounds.recordFinding(supervisor, round.id(), new Rounds.FindingForm(other.id(), "CONDUCT_DISCLOSURE",
                "行政处罚决定未在七个工作日内公示", null));
        opinions.issueForRound(supervisor, round.id(), market.id());
        Opinion late = opinions.issueForRound(supervisor, round.id(), other.id());
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("update supervision.opinion set issued_on = ?, deadline = ? where id = ?")
                .params(today.minusDays(30), today.minusDays(1), late.id())
                .update();
        log.info("demo: the deadline of opinion {} moved to yesterday so that it escalates", late.number());
        opinions.escalateOverdue(today);
    }

    private SignedInUser legalOffice(AgencyOptions.Option agency) {
        return new SignedInUser(0, "agency", "法制机构", Role.AGENCY_ADMIN, county, agency.id(), null, true, false,
                false, null);
    }

    private LocalDate quarterStart() {
        LocalDate today = LocalDate.now(clock);
        return LocalDate.of(today.getYear(), (quarterOf(today) - 1) * 3 + 1, 1);
    }

    private static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
