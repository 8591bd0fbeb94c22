package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's 行政复议意见书, after its reconsideration cases: three opinions to the respondents of the cases
 * that corrected an act — one replied in time by the agency's legal office, one awaiting its reply, one whose reply
 * is overdue. Runs once; never outside demo mode.
 */
@Component
@Order(76)
class DemoReconsiderationOpinions implements ApplicationRunner {

    private final DemoMode demoMode;
    private final ReconsiderationOpinions opinions;
    private final Reconsiderations reconsiderations;
    private final Clock clock;
    private final SignedInUser body;

    DemoReconsiderationOpinions(DemoMode demoMode, ReconsiderationOpinions opinions,
                                Reconsiderations reconsiderations, Clock clock,
                                @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.opinions = opinions;
        this.reconsiderations = reconsiderations;
        this.clock = clock;
        this.body = new SignedInUser(0, "reconsideration", "行政复议工作人员", Role.RECONSIDERATION,
                RegionCode.of(county), null, null, true, false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()
                || opinions.search(body, ReconsiderationOpinionRepository.Search.all(), PageRequest.of(null, 1))
                .total() > 0) {
            return;
        }
        List<ReconsiderationRepository.Row> corrected = reconsiderations.search(body,
                        new ReconsiderationRepository.Search(ReconsiderationState.CONCLUDED, null, null, null, null,
                                null),
                        PageRequest.of(null, 50)).items().stream()
                .filter(row -> row.outcome() != null && row.outcome().corrects()).toList();
        if (corrected.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ReconsiderationRepository.Row first = corrected.get(0);
        ReconsiderationOpinion replied = opinions.issue(body, new ReconsiderationOpinionForm(first.id(), null,
                today.minusDays(40),
                "执法人员在实施行政强制措施时未制作现场笔录，未告知当事人采取措施的理由、依据",
                "组织执法人员学习行政强制法，完善现场笔录制度，并对同类案件开展自查", today.plusDays(20)));
        opinions.reply(agencyAdmin(first.agencyId()), replied.id(), today.minusDays(12),
                "已组织全体执法人员专题学习，修订现场执法记录制度，自查同类案件12件，整改3件");
        ReconsiderationRepository.Row second = corrected.get(1);
        opinions.issue(body, new ReconsiderationOpinionForm(second.id(), null, today.minusDays(10),
                "行政处罚裁量明显不当，未适用本部门裁量基准",
                "严格执行行政处罚裁量基准，对本年度同类罚款案件进行复查", null));
        opinions.issue(body, new ReconsiderationOpinionForm(second.id(), null, today.minusDays(75),
                "行政处罚决定书未载明申请行政复议的途径和期限",
                "规范行政处罚决定书文本，补充救济途径告知内容", today.minusDays(15)));
    }

    private SignedInUser agencyAdmin(long agencyId) {
        return new SignedInUser(0, "demo-legal-office-" + agencyId, "法制机构", Role.AGENCY_ADMIN, body.region(),
                agencyId, null, true, false, false, null);
    }
}
