package org.fazhi.governance.normative;

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
 * The demo county's normative documents, recorded through the service by the justice bureau's account: one in
 * each drafting step (drafting, public comment, legality review, deliberation), one published but not yet filed
 * with the people's congress after the filing period (overdue), one filed on time, one in force expiring within the
 * reminder period, and older ones in force that this year's clean-up campaign retains, amends, repeals and declares
 * invalid. Runs once; never outside demo mode.
 */
@Component
@Order(80)
class DemoNormativeDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNormativeDocuments.class);

    private final DemoMode demoMode;
    private final NormativeDocuments service;
    private final CleanupCampaigns campaigns;
    private final AgencyOptions agencies;
    private final Clock clock;
    private final RegionCode county;
    private final SignedInUser bureau;

    DemoNormativeDocuments(DemoMode demoMode, NormativeDocuments service, CleanupCampaigns campaigns,
                           AgencyOptions agencies, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.service = service;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.clock = clock;
        this.county = RegionCode.of(county);
        this.bureau = new SignedInUser(0, "supervisor", "县司法局", Role.SUPERVISOR, this.county, null, null, true,
                false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()
                || service.search(bureau, NormativeRepository.Search.all(), PageRequest.of(null, 1)).total() > 0) {
            return;
        }
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        if (all.size() < 2) {
            log.info("demo normative documents skipped: too few agencies");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        drafts(all, today);
        issued(all, today);
        cleanup(all, today);
    }

    private void drafts(List<AgencyOptions.Option> all, LocalDate today) {
        draft(all.get(0), "关于加强农村人居环境整治的若干规定");
        long comment = draft(all.get(1), "城区占道经营管理办法").id();
        service.openComment(bureau, comment, today.minusDays(5), today.plusDays(20));
        long review = commented(all.get(0), "县级储备粮管理办法", today.minusDays(40));
        long deliberation = commented(all.get(1), "优化营商环境涉企检查若干规定", today.minusDays(50));
        service.reviewLegality(bureau, deliberation, today.minusDays(20), LegalityConclusion.LAWFUL_AFTER_CHANGES,
                "第五条删除增设行政许可的内容后合法");
        service.reviewFairCompetition(bureau, deliberation, today.minusDays(15), FairCompetitionConclusion.COMPLIANT);
        log.debug("demo normative documents in review: {}, {}", review, deliberation);
    }

    private void issued(List<AgencyOptions.Option> all, LocalDate today) {
        long overdue = issue(all.get(0), "县城市供水管理办法", today.minusDays(45), "郏政规〔" + year(today, 45) + "〕3号");
        service.file(bureau, overdue, FilingBody.HIGHER_GOVERNMENT, today.minusDays(30));
        long filed = issue(all.get(1), "县政府投资项目管理办法", today.minusDays(20), "郏政规〔" + year(today, 20) + "〕4号");
        service.file(bureau, filed, FilingBody.HIGHER_GOVERNMENT, today.minusDays(10));
        service.file(bureau, filed, FilingBody.PEOPLES_CONGRESS, today.minusDays(8));
        LocalDate expiringPublished = today.plusDays(40).minusYears(5).minusDays(29);
        inForce(all.get(0), "县集体土地征收补偿安置办法", expiringPublished);
    }

    private void cleanup(List<AgencyOptions.Option> all, LocalDate today) {
        long retained = inForce(all.get(1), "县行政执法公示办法", today.minusYears(2));
        long amended = inForce(all.get(0), "县农村集体资产管理办法", today.minusYears(3));
        long repealed = inForce(all.get(1), "县小型企业扶持资金管理暂行办法", today.minusYears(4));
        long invalid = inForce(all.get(0), "县2019年城区冬季清雪工作规定", today.minusYears(4).minusDays(60));
        long campaign = campaigns.open(bureau, today.getYear() + "年度规范性文件集中清理", today.minusDays(30)).id();
        campaigns.decide(bureau, campaign, retained, CleanupDisposition.RETAIN, today.minusDays(25), null);
        campaigns.decide(bureau, campaign, amended, CleanupDisposition.AMEND, today.minusDays(25),
                "与新修订的上位法不一致，由制定机关修改");
        campaigns.decide(bureau, campaign, repealed, CleanupDisposition.REPEAL, today.minusDays(20), "扶持政策已到期");
        campaigns.decide(bureau, campaign, invalid, CleanupDisposition.DECLARE_INVALID, today.minusDays(20),
                "调整对象已消失");
    }

    private long inForce(AgencyOptions.Option agency, String title, LocalDate publishedOn) {
        long id = issue(agency, title, publishedOn, "郏政规〔" + publishedOn.getYear() + "〕"
                + (publishedOn.getDayOfYear() % 9 + 5) + "号");
        service.file(bureau, id, FilingBody.HIGHER_GOVERNMENT, publishedOn.plusDays(12));
        service.file(bureau, id, FilingBody.PEOPLES_CONGRESS, publishedOn.plusDays(15));
        service.enterIntoForce(bureau, id, publishedOn.plusDays(30));
        return id;
    }

    private long issue(AgencyOptions.Option agency, String title, LocalDate publishedOn, String documentNumber) {
        long id = commented(agency, title, publishedOn.minusDays(40));
        service.reviewLegality(bureau, id, publishedOn.minusDays(18), LegalityConclusion.LAWFUL, "制定主体、程序和内容合法");
        service.reviewFairCompetition(bureau, id, publishedOn.minusDays(15), FairCompetitionConclusion.NOT_APPLICABLE);
        service.deliberate(bureau, id, publishedOn.minusDays(10), "县人民政府常务会议");
        service.publish(bureau, id, publishedOn, documentNumber, "县人民政府门户网站");
        return id;
    }

    /** Registered, commented on for three weeks from {@code from}, and sent to the legality review after. */
    private long commented(AgencyOptions.Option agency, String title, LocalDate from) {
        long id = draft(agency, title).id();
        service.openComment(bureau, id, from, from.plusDays(20));
        service.closeComment(bureau, id, from.plusDays(21), 3);
        return id;
    }

    private NormativeDocument draft(AgencyOptions.Option agency, String title) {
        return service.register(bureau, new DraftForm(title, agency.id(), false, title.contains("暂行")));
    }

    private static int year(LocalDate today, int daysAgo) {
        return today.minusDays(daysAgo).getYear();
    }
}
