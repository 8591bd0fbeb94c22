package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's reconsideration cases, recorded through the service by the body's account after the demo cases
 * and publications: one in every state (awaiting examination, awaiting correction, refused as late, under hearing
 * with the respondent's answer overdue) and concluded ones of the usual kinds (upheld, changed after an extension,
 * declared unlawful, mediated, settled), over the last five months. One contests a demo penalty decided at least two
 * weeks ago — not the latest, which disclosure keeps pending — and revokes it, so its publication is due for
 * withdrawal. Runs once; never outside demo mode.
 */
@Component
@Order(75)
class DemoReconsiderations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReconsiderations.class);

    private final DemoMode demoMode;
    private final Reconsiderations service;
    private final AgencyOptions agencies;
    private final CaseDirectory cases;
    private final Clock clock;
    private final RegionCode county;
    private final SignedInUser body;

    DemoReconsiderations(DemoMode demoMode, Reconsiderations service, AgencyOptions agencies, CaseDirectory cases,
                         Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.service = service;
        this.agencies = agencies;
        this.cases = cases;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.body = new SignedInUser(0, "reconsideration", "行政复议工作人员", Role.RECONSIDERATION, this.county, null,
                null, true, false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        Page<ReconsiderationRepository.Row> any = demoMode.isEnabled()
                ? service.search(body, ReconsiderationRepository.Search.all(), PageRequest.of(null, 1)) : null;
        if (any == null || any.total() > 0) {
            return;
        }
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        if (all.size() < 3) {
            log.info("demo reconsiderations skipped: too few agencies");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        open(all, today);
        concluded(all, today);
        revokedPenalty(today);
    }

    private void open(List<AgencyOptions.Option> all, LocalDate today) {
        service.receive(body, person(today.minusDays(2), Channel.WINDOW, all.get(0), "王某某",
                "对申请人罚款三千元的行政处罚决定", today.minusDays(10)));
        long correcting = service.receive(body, person(today.minusDays(6), Channel.ONLINE, all.get(1), "李某某",
                "吊销申请人食品经营许可证的行政处罚决定", today.minusDays(20))).id();
        service.requestCorrection(body, correcting, today.minusDays(5), "请补充原行政处罚决定书复印件及申请人身份证明");
        long late = service.receive(body, new ApplicationForm(today.minusDays(20), Channel.GREEN_CHANNEL,
                "城关镇司法所行政复议快捷受理点", ApplicantKind.PERSON, "赵某某", idNumber("19750612002"),
                all.get(2).id(), "责令限期拆除违法建筑的决定", null, today.minusDays(120), true)).id();
        service.refuse(body, late, today.minusDays(18), "申请超过法定申请期限（行政复议法第二十条），且无正当理由");
        long hearing = organisation(today.minusDays(30), Channel.MAIL, all.get(0), "郏县某建材有限公司",
                "责令停产停业的行政处罚决定");
        service.accept(body, hearing, today.minusDays(28), Procedure.GENERAL);
        service.sendCopy(body, hearing, today.minusDays(27));
        service.hear(body, hearing, HearingMode.SITE_INVESTIGATION, today.minusDays(3), null);
    }

    private void concluded(List<AgencyOptions.Option> all, LocalDate today) {
        long upheld = organisation(today.minusDays(70), Channel.WINDOW, all.get(1), "郏县某餐饮服务有限公司",
                "罚款二千元的行政处罚决定");
        answered(upheld, today.minusDays(69), Procedure.SIMPLIFIED);
        service.hear(body, upheld, HearingMode.WRITTEN, today.minusDays(55), null);
        service.decide(body, upheld, ReconsiderationOutcome.UPHELD, today.minusDays(50),
                "被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当");
        long changed = organisation(today.minusDays(150), Channel.WINDOW, all.get(2), "郏县某农业发展有限公司",
                "罚款五万元的行政处罚决定");
        answered(changed, today.minusDays(148), Procedure.GENERAL);
        service.extend(body, changed, today.minusDays(100), "行政复议机构负责人");
        service.decide(body, changed, ReconsiderationOutcome.CHANGED, today.minusDays(70),
                "处罚明显不当，变更为罚款二万元");
        long unlawful = service.receive(body, person(today.minusDays(120), Channel.ONLINE, all.get(0), "孙某某",
                "扣押申请人车辆的行政强制措施", today.minusDays(125))).id();
        answered(unlawful, today.minusDays(118), Procedure.GENERAL);
        service.decide(body, unlawful, ReconsiderationOutcome.DECLARED_UNLAWFUL, today.minusDays(75),
                "扣押已解除，但未依法制作现场笔录，程序违法");
        long mediated = organisation(today.minusDays(100), Channel.GREEN_CHANNEL, all.get(1), "郏县某物流有限公司",
                "罚款一万元的行政处罚决定");
        answered(mediated, today.minusDays(99), Procedure.GENERAL);
        service.mediate(body, mediated, today.minusDays(80), "复调〔" + today.minusDays(80).getYear()
                + "〕1号：被申请人重新核定罚款数额，申请人自愿履行");
        long settled = service.receive(body, person(today.minusDays(110), Channel.WINDOW, all.get(2), "周某某",
                "不予办理营业执照变更登记的行为", today.minusDays(115))).id();
        service.accept(body, settled, today.minusDays(108), Procedure.GENERAL);
        service.settle(body, settled, today.minusDays(95), "被申请人已为申请人办理变更登记，双方和解，申请人撤回申请");
    }

    /** A demo penalty decided at least two weeks ago (its publication is public by now), revoked on review. */
    private void revokedPenalty(LocalDate today) {
        List<CaseDirectory.DecidedCase> decided = cases.decidedAs(county, DecisionKind.PENALTY).stream()
                .sorted(Comparator.comparing(CaseDirectory.DecidedCase::decidedOn).reversed()).toList();
        Optional<CaseDirectory.DecidedCase> chosen = decided.stream().skip(1)
                .filter(c -> !c.decidedOn().isAfter(today.minusDays(14))).findFirst();
        if (chosen.isEmpty()) {
            log.info("demo reconsideration of a penalty skipped: no penalty decided two weeks ago");
            return;
        }
        CaseDirectory.DecidedCase c = chosen.get();
        LocalDate received = c.decidedOn().plusDays(5).isAfter(today.minusDays(12)) ? today.minusDays(12)
                : c.decidedOn().plusDays(5);
        long id = service.receive(body, new ApplicationForm(received, Channel.WINDOW, null, ApplicantKind.PERSON,
                "钱某某", idNumber("19880204003"), c.agencyId(), "行政处罚决定（案件编号 " + c.caseCode() + "）",
                c.caseCode(), c.decidedOn().plusDays(1), true)).id();
        service.accept(body, id, received.plusDays(1), Procedure.GENERAL);
        service.sendCopy(body, id, received.plusDays(2));
        service.recordAnswer(body, id, received.plusDays(6), "答复书、证据目录及行政处罚案卷");
        LocalDate decidedOn = received.plusDays(40).isBefore(today) ? received.plusDays(40) : today.minusDays(1);
        service.decide(body, id, ReconsiderationOutcome.REVOKED, decidedOn,
                "主要事实不清、证据不足，撤销原行政处罚决定");
    }

    private void answered(long id, LocalDate acceptedOn, Procedure procedure) {
        service.accept(body, id, acceptedOn, procedure);
        service.sendCopy(body, id, acceptedOn.plusDays(1));
        service.recordAnswer(body, id, acceptedOn.plusDays(7), "答复书及证据材料");
    }

    private long organisation(LocalDate received, Channel channel, AgencyOptions.Option agency, String name,
                              String act) {
        return service.receive(body, new ApplicationForm(received, channel,
                channel == Channel.GREEN_CHANNEL ? "茨芭镇司法所行政复议快捷受理点" : null, ApplicantKind.ORGANISATION,
                name, null, agency.id(), act, null, received.minusDays(15), true)).id();
    }

    private static ApplicationForm person(LocalDate received, Channel channel, AgencyOptions.Option agency,
                                          String name, String act, LocalDate knewOn) {
        return new ApplicationForm(received, channel, null, ApplicantKind.PERSON, name, idNumber("19820915001"),
                agency.id(), act, null, knewOn, true);
    }

    /** A valid ID number of the demo county: its birth date and serial, then the check character. */
    private static String idNumber(String birthAndSerial) {
        String body = "410425" + birthAndSerial;
        return body + IdNumber.checkCharacter(body);
    }
}
