package org.fazhi.governance.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's catalogue of major decisions, published some 200 days ago, recorded through
 * the service by the justice bureau's account: five items — one decided last year's way and post-evaluated, one
 * decided with all five procedures, one waiting only for its collective discussion, one half way through its
 * procedures, one not started. Runs once; never outside demo mode.
 */
@Component
@Order(81)
class DemoMajorDecisions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMajorDecisions.class);

    private final DemoMode demoMode;
    private final MajorDecisions service;
    private final AgencyOptions agencies;
    private final Clock clock;
    private final RegionCode county;
    private final SignedInUser bureau;

    DemoMajorDecisions(DemoMode demoMode, MajorDecisions service, AgencyOptions agencies, Clock clock,
                       @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.service = service;
        this.agencies = agencies;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.bureau = new SignedInUser(0, "supervisor", "县司法局", Role.SUPERVISOR, this.county, null, null, true,
                false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()
                || service.search(bureau, DecisionRepository.Search.all(), PageRequest.of(null, 1)).total() > 0) {
            return;
        }
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        if (all.size() < 2) {
            log.info("demo major decisions skipped: too few agencies");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(200);
        int year = first.getYear();
        long evaluated = plan(year, all.get(0), "城区集中供热价格调整方案");
        long decided = plan(year, all.get(1), "县城生活垃圾分类实施方案");
        long waiting = plan(year, all.get(0), "农村饮水安全巩固提升工程规划");
        long halfway = plan(year, all.get(1), "县域公共停车设施建设规划");
        plan(year, all.get(0), "老旧小区改造三年行动计划");
        service.publishCatalogue(bureau, service.get(bureau, evaluated).item().catalogueId(), first);
        allSteps(evaluated, first.plusDays(5));
        service.decide(bureau, evaluated, first.plusDays(40), "县人民政府常务会议审议通过");
        service.evaluate(bureau, evaluated, today.minusDays(3), "实施效果良好，群众满意度较高，建议继续执行");
        allSteps(decided, first.plusDays(20));
        service.decide(bureau, decided, first.plusDays(60), "县人民政府常务会议审议通过");
        step(waiting, DecisionStepKind.PUBLIC_PARTICIPATION, today.minusDays(30), "网上公开征求意见30日，收到意见12条");
        step(waiting, DecisionStepKind.EXPERT_ARGUMENTATION, today.minusDays(25), "水利专家论证会会议纪要");
        step(waiting, DecisionStepKind.RISK_ASSESSMENT, today.minusDays(20), "社会稳定风险评估报告（低风险）");
        step(waiting, DecisionStepKind.LEGALITY_REVIEW, today.minusDays(10), "县司法局合法性审查意见书");
        step(halfway, DecisionStepKind.PUBLIC_PARTICIPATION, today.minusDays(8), "召开听证会，参加人员35名");
    }

    private long plan(int year, AgencyOptions.Option agency, String title) {
        return service.plan(bureau, year, agency.id(), title).id();
    }

    private void allSteps(long id, LocalDate from) {
        step(id, DecisionStepKind.PUBLIC_PARTICIPATION, from, "公开征求意见，收到意见8条并逐条反馈");
        step(id, DecisionStepKind.EXPERT_ARGUMENTATION, from.plusDays(7), "专家论证会会议纪要及论证意见");
        step(id, DecisionStepKind.RISK_ASSESSMENT, from.plusDays(12), "社会稳定风险评估报告");
        step(id, DecisionStepKind.LEGALITY_REVIEW, from.plusDays(18), "县司法局合法性审查意见书");
        step(id, DecisionStepKind.COLLECTIVE_DISCUSSION, from.plusDays(25), "县人民政府常务会议纪要");
    }

    private void step(long id, DecisionStepKind kind, LocalDate on, String evidence) {
        service.record(bureau, id, kind, on, evidence);
    }
}
