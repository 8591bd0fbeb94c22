package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's lawsuits over the last two years, recorded through the service by the justice bureau's account:
 * won, lost (revoked, declared unlawful and upheld on appeal, ordered to perform, changed), withdrawn after the
 * agency changed its act, withdrawn, mediated; hearings with heads, deputies, staff only and nobody appearing; and
 * open ones — one with its defence submitted, one within its defence period, one overdue, a retrial. Runs before
 * the demo findings of fault, which name two of the lost ones. Runs once; never outside demo mode.
 */
@Component
@Order(65)
class DemoLawsuits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLawsuits.class);
    private static final String COURT = "郏县人民法院";
    private static final String APPEAL_COURT = "平顶山市中级人民法院";

    /** One demo lawsuit: served days ago, its hearings' appearances, and its outcome days after service. */
    private record Sample(int servedDaysAgo, String plaintiff, boolean person, String cause, String act,
                          List<Appearance> hearings, @Nullable LawsuitOutcome outcome, int decidedAfter) {
    }

    private static final List<Sample> FIRST_INSTANCE = List.of(
            new Sample(700, "王某某", true, "行政处罚", "罚款三千元的行政处罚决定", List.of(Appearance.HEAD),
                    LawsuitOutcome.CLAIMS_DISMISSED, 90),
            new Sample(670, "郏县某建材有限公司", false, "行政许可", "不予行政许可决定", List.of(Appearance.STAFF),
                    LawsuitOutcome.REVOKED, 100),
            new Sample(540, "郏县某物流有限公司", false, "行政处罚", "责令停产停业的行政处罚决定",
                    List.of(Appearance.DEPUTY, Appearance.STAFF), LawsuitOutcome.WITHDRAWN_AFTER_CHANGE, 70),
            new Sample(450, "赵某某", true, "政府信息公开", "政府信息公开申请答复", List.of(Appearance.NONE),
                    LawsuitOutcome.ORDERED_TO_PERFORM, 60),
            new Sample(360, "郏县某餐饮服务有限公司", false, "行政处罚", "罚款二万元的行政处罚决定",
                    List.of(Appearance.HEAD), LawsuitOutcome.CLAIMS_DISMISSED, 75),
            new Sample(300, "孙某某", true, "行政赔偿", "违法扣押财物的行政赔偿", List.of(Appearance.DEPUTY),
                    LawsuitOutcome.MEDIATED, 50),
            new Sample(240, "郏县某农业发展有限公司", false, "行政处罚", "吊销许可证的行政处罚决定",
                    List.of(Appearance.HEAD), LawsuitOutcome.CHANGED, 60),
            new Sample(180, "周某某", true, "行政确认", "工伤认定决定", List.of(Appearance.STAFF),
                    LawsuitOutcome.WITHDRAWN, 40),
            new Sample(90, "郏县某商贸有限公司", false, "行政处罚", "罚款五万元的行政处罚决定",
                    List.of(Appearance.HEAD), null, 0),
            new Sample(10, "吴某某", true, "行政征收", "房屋征收补偿决定", List.of(), null, 0),
            new Sample(25, "郏县某食品有限公司", false, "行政强制", "查封经营场所的行政强制措施", List.of(), null, 0));

    private final DemoMode demoMode;
    private final Lawsuits service;
    private final AgencyOptions agencies;
    private final Clock clock;
    private final RegionCode county;
    private final SignedInUser bureau;
    private int serial;

    DemoLawsuits(DemoMode demoMode, Lawsuits service, AgencyOptions agencies, Clock clock,
                 @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.service = service;
        this.agencies = agencies;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.bureau = new SignedInUser(0, "supervisor", "司法局应诉工作人员", Role.SUPERVISOR, this.county, null, null,
                true, false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled() || service.search(bureau, LawsuitRepository.Search.all(), PageRequest.of(null, 1))
                .total() > 0) {
            return;
        }
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        if (all.size() < 3) {
            log.info("demo lawsuits skipped: too few agencies");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < FIRST_INSTANCE.size(); i++) {
            Sample sample = FIRST_INSTANCE.get(i);
            Lawsuit s = followed(sample, all.get(i % all.size()).id(), today, Instance.FIRST, null);
            if (i == 4) {
                retrial(s, today);
            }
        }
        appealed(all.get(0).id(), today);
    }

    /** A first-instance finding of unlawfulness, appealed by the agency and upheld: both lost. */
    private void appealed(long agencyId, LocalDate today) {
        Lawsuit first = followed(new Sample(600, "钱某某", true, "行政强制", "扣押车辆的行政强制措施",
                List.of(Appearance.DEPUTY), LawsuitOutcome.DECLARED_UNLAWFUL, 80), agencyId, today, Instance.FIRST,
                null);
        followed(new Sample(500, "钱某某", true, "行政强制", "扣押车辆的行政强制措施（上诉）",
                List.of(Appearance.HEAD), LawsuitOutcome.DECLARED_UNLAWFUL, 60), agencyId, today, Instance.SECOND,
                first.id());
    }

    /** The plaintiff of a lost-by-them case applies for a retrial, still open. */
    private void retrial(Lawsuit won, LocalDate today) {
        followed(new Sample(150, won.filing().plaintiff().name(), false, won.filing().cause(),
                won.filing().act() + "（申请再审）", List.of(), null, 0), won.filing().agencyId(), today,
                Instance.RETRIAL, won.id());
    }

    private Lawsuit followed(Sample sample, long agencyId, LocalDate today, Instance instance, @Nullable Long prior) {
        LocalDate served = today.minusDays(sample.servedDaysAgo());
        Lawsuit s = service.register(bureau, new LawsuitForm(instance == Instance.FIRST ? COURT : APPEAL_COURT,
                instance, courtNumber(served, instance), prior, sample.person() ? PlaintiffKind.PERSON
                : PlaintiffKind.ORGANISATION, sample.plaintiff(), sample.person() ? idNumber() : null, agencyId,
                sample.cause(), sample.act(), null, served));
        if (sample.servedDaysAgo() <= 25) {
            return s;
        }
        service.submitDefence(bureau, s.id(), served.plusDays(12));
        for (int h = 0; h < sample.hearings().size(); h++) {
            Appearance appearance = sample.hearings().get(h);
            service.recordHearing(bureau, s.id(), served.plusDays(30 + 15L * h), appearance,
                    appearance == Appearance.NONE ? null : appearedBy(appearance));
        }
        if (sample.outcome() == null) {
            return s;
        }
        return service.conclude(bureau, s.id(), sample.outcome(), served.plusDays(sample.decidedAfter()),
                courtNumber(served, instance));
    }

    private String courtNumber(LocalDate served, Instance instance) {
        String kind = switch (instance) {
            case FIRST -> "豫0425行初";
            case SECOND -> "豫04行终";
            case RETRIAL -> "豫04行申";
        };
        return "（" + served.getYear() + "）" + kind + (++serial) + "号";
    }

    private static String appearedBy(Appearance appearance) {
        return switch (appearance) {
            case HEAD -> "张某某（局长）";
            case DEPUTY -> "李某某（副局长）";
            default -> "王某某（法制股股长）";
        };
    }

    private static String idNumber() {
        String body = "410425198506210" + "17";
        return body + IdNumber.checkCharacter(body);
    }
}
