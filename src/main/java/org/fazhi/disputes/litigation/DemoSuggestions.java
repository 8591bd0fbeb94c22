package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.DemoMode;
import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's four suggestions of this year and last (replied on time, replied late, open within its period,
 * open overdue) and a 府院联动 meeting with two issues, one resolved. Runs once; never outside demo mode.
 */
@Component
@Order(77)
class DemoSuggestions implements ApplicationRunner {

    private final DemoMode demoMode;
    private final Suggestions suggestions;
    private final CourtLinks courtLinks;
    private final CourtLinkIssues issues;
    private final AgencyOptions agencies;
    private final Clock clock;
    private final SignedInUser bureau;

    DemoSuggestions(DemoMode demoMode, Suggestions suggestions, CourtLinks courtLinks, CourtLinkIssues issues,
                    AgencyOptions agencies, Clock clock, @Value("${fazhi.region-code}") String county) {
        this.demoMode = demoMode;
        this.suggestions = suggestions;
        this.courtLinks = courtLinks;
        this.issues = issues;
        this.agencies = agencies;
        this.clock = clock;
        this.bureau = new SignedInUser(0, "supervisor", "司法局应诉工作人员", Role.SUPERVISOR, RegionCode.of(county), null,
                null, true, false, false, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(bureau.region()));
        if (!demoMode.isEnabled() || all.size() < 2 || !suggestions.of(bureau, today.getYear()).isEmpty()
                || !suggestions.of(bureau, today.minusDays(300).getYear()).isEmpty()) {
            return;
        }
        long first = all.get(0).id();
        long second = all.get(1).id();
        Suggestion onTime = received(SuggestionKind.JUDICIAL, "郏县人民法院", first, today.minusDays(300),
                "规范行政处罚案件听证告知程序");
        suggestions.reply(bureau, onTime.id(), today.minusDays(260), "已修订听证告知书格式文本并组织培训");
        Suggestion late = received(SuggestionKind.PROCURATORIAL, "郏县人民检察院", second, today.minusDays(200),
                "加强对罚没财物的管理");
        suggestions.reply(bureau, late.id(), today.minusDays(120), "已建立罚没财物台账并开展清查");
        received(SuggestionKind.JUDICIAL, "平顶山市中级人民法院", first, today.minusDays(20), "完善行政执法案卷归档");
        received(SuggestionKind.PROCURATORIAL, "郏县人民检察院", second, today.minusDays(90), "依法履行食品安全监管职责");
        CourtLinkMeeting meeting = courtLinks.hold(bureau, new CourtLinks.MeetingForm(today.minusDays(150),
                "县政府、县人民法院、县司法局及涉诉部门", "通报行政诉讼案件情况，研究败诉案件整改"));
        CourtLinkIssue resolved = issues.list(bureau, new CourtLinkIssues.IssueForm(meeting.id(),
                "征收补偿协议履行争议集中", first, today.minusDays(60)));
        issues.resolve(bureau, resolved.id(), today.minusDays(70), "逐户协商，已化解争议8起");
        issues.list(bureau, new CourtLinkIssues.IssueForm(meeting.id(), "负责人出庭应诉率偏低", second,
                today.plusDays(30)));
    }

    private Suggestion received(SuggestionKind kind, String issuer, long agencyId, LocalDate on, String content) {
        return suggestions.receive(bureau, new SuggestionForm(kind, issuer, agencyId, on, null, content));
    }
}
