package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.platform.ColumnArrays;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A generated county's judicial and procuratorial suggestions and its 府院联动, written with the lawsuits: a few
 * suggestions a year, each due after the issuer's period or the county's default (as {@link Suggestions} receives
 * them), most replied by then, some late, a few never; meetings of the government and the courts in spring and
 * autumn (one each by default; more share the two months from 10 March and 10 September), each listing two or three
 * issues for departments, most resolved by their day. Nothing happens on or after today.
 */
@Component
class CourtFollowUps {

    /** Counts of what was written. */
    record Written(long suggestions, long meetings, long issues) {
    }

    private static final String[] SUGGESTED = {"规范行政处罚案件听证告知程序", "加强罚没财物管理", "完善行政执法案卷归档",
        "依法履行食品安全监管职责", "规范征收补偿协议的签订与履行", "加强生态环境领域行政执法", "及时答复政府信息公开申请",
        "规范行政强制措施的实施程序"};
    private static final String[] REPLIES = {"已修订相关文书格式文本并组织全员培训", "已建立工作台账并开展专项清查",
        "已完成整改并建立长效机制", "已制定整改方案，相关问题正在逐项整改"};
    private static final String[] ISSUES_LISTED = {"征收补偿协议履行争议集中", "负责人出庭应诉率偏低", "行政机关败诉案件整改不到位",
        "非诉执行案件申请材料不规范", "行政争议实质性化解率不高", "涉企行政诉讼案件增多"};
    private static final String[] RESOLUTIONS = {"逐户协商，已化解争议", "已制定整改措施并完成整改", "已建立联席会商机制",
        "已开展专题培训并通报"};

    private final LitigationProperties settings;
    private final JdbcClient jdbc;

    CourtFollowUps(LitigationProperties settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * About {@code perYear} suggestions and {@code meetingsPerYear} meetings a year (half in spring, half in autumn,
     * at least one each, never two on a day) over the years, the current one to yesterday.
     */
    Written write(RegionCode county, int years, int perYear, int meetingsPerYear, List<Long> departments,
                  LawsuitParties.Courts courts, LocalDate today, Random random) {
        int perHalf = Math.min(60, Math.max(1, meetingsPerYear / 2));
        int slot = 60 / perHalf;
        List<Suggestion> suggestions = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            int count = perYear + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                if (received.isBefore(today)) {
                    suggestions.add(suggestion(county, received, departments, courts, today, random));
                }
            }
            for (int half = 0; half < 2; half++) {
                for (int i = 0; i < perHalf; i++) {
                    LocalDate held = LocalDate.of(year, 3 + 6 * half, 10).plusDays(i * slot + random.nextInt(slot));
                    if (held.isBefore(today)) {
                        meetings.add(meeting(county, held, departments, courts, today, random));
                    }
                }
            }
        }
        List<Issue> issues = meetings.stream().flatMap(m -> m.issues().stream()).toList();
        if (!suggestions.isEmpty()) {
            SUGGESTIONS.bind(jdbc.sql("insert into disputes.judicial_suggestion (" + SUGGESTIONS.names()
                    + ") select * from " + SUGGESTIONS.unnest()), suggestions).update();
        }
        if (!meetings.isEmpty()) {
            MEETINGS.bind(jdbc.sql("insert into disputes.court_link_meeting (" + MEETINGS.names()
                    + ") select * from " + MEETINGS.unnest()), meetings).update();
            ISSUES.bind(jdbc.sql("""
                    insert into disputes.court_link_issue (region_code, meeting_id, issue, agency_id, due_on,
                        resolved_on, resolution)
                    select :county, m.id, i.issue, i.agency_id, i.due_on, i.resolved_on, i.resolution from %s as i(%s)
                      join disputes.court_link_meeting m on m.region_code = :county and m.held_on = i.held_on"""
                    .formatted(ISSUES.unnest(), ISSUES.names())), issues).param("county", county.value()).update();
        }
        return new Written(suggestions.size(), meetings.size(), issues.size());
    }

    /** 85% replied by the due day, 10% after it, 5% never; a court's suggestion sets its own 30 days one time in 5. */
    private Suggestion suggestion(RegionCode county, LocalDate received, List<Long> departments,
                                  LawsuitParties.Courts courts, LocalDate today, Random random) {
        boolean judicial = random.nextInt(100) < 60;
        LocalDate due = received.plusDays(judicial && random.nextInt(5) == 0 ? 30 : settings.suggestionReplyDays());
        int roll = random.nextInt(100);
        LocalDate replied = roll < 85 ? received.plusDays(10 + random.nextInt((int) (due.toEpochDay()
                - received.toEpochDay()) - 9)) : roll < 95 ? due.plusDays(1 + random.nextInt(40)) : null;
        boolean done = replied != null && replied.isBefore(today);
        return new Suggestion(0, county, judicial ? SuggestionKind.JUDICIAL : SuggestionKind.PROCURATORIAL,
                judicial ? (random.nextInt(4) == 0 ? courts.intermediate() : courts.basic()) : courts.procuratorate(),
                departments.get(random.nextInt(departments.size())), received, due, pick(SUGGESTED, random),
                done ? replied : null, done ? pick(REPLIES, random) : null, 0);
    }

    private Meeting meeting(RegionCode county, LocalDate held, List<Long> departments, LawsuitParties.Courts courts,
                            LocalDate today, Random random) {
        List<Issue> issues = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            LocalDate due = held.plusDays(60 + random.nextInt(61));
            int roll = random.nextInt(100);
            LocalDate resolved = roll < 75 ? held.plusDays(20 + random.nextInt((int) (due.toEpochDay()
                    - held.toEpochDay()) - 19)) : roll < 90 ? due.plusDays(1 + random.nextInt(30)) : null;
            boolean done = resolved != null && resolved.isBefore(today);
            issues.add(new Issue(held, pick(ISSUES_LISTED, random), departments.get(random.nextInt(departments.size())), due,
                    done ? resolved : null, done ? pick(RESOLUTIONS, random) : null));
        }
        return new Meeting(county, held, "县政府、" + courts.basic() + "、" + courts.procuratorate() + "、县司法局及涉诉部门",
                "通报行政诉讼案件情况，研究败诉案件整改和行政争议实质性化解", issues);
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    private record Meeting(RegionCode county, LocalDate heldOn, String participants, String topics,
                           List<Issue> issues) {
    }

    /** An issue with its meeting's day, which finds the meeting's id (one meeting a day in a county). */
    private record Issue(LocalDate heldOn, String issue, long agencyId, LocalDate dueOn, @Nullable LocalDate resolvedOn,
                         @Nullable String resolution) {
    }

    private static final ColumnArrays<Suggestion> SUGGESTIONS = new ColumnArrays<Suggestion>()
            .column("region_code", "text", s -> s.county().value())
            .column("kind", "text", Suggestion::kind)
            .column("issuer", "text", Suggestion::issuer)
            .column("agency_id", "bigint", Suggestion::agencyId)
            .column("received_on", "date", Suggestion::receivedOn)
            .column("reply_due_on", "date", Suggestion::replyDueOn)
            .column("content", "text", Suggestion::content)
            .column("replied_on", "date", Suggestion::repliedOn)
            .column("reply", "text", Suggestion::reply);

    private static final ColumnArrays<Meeting> MEETINGS = new ColumnArrays<Meeting>()
            .column("region_code", "text", m -> m.county().value())
            .column("held_on", "date", Meeting::heldOn)
            .column("participants", "text", Meeting::participants)
            .column("topics", "text", Meeting::topics);

    private static final ColumnArrays<Issue> ISSUES = new ColumnArrays<Issue>()
            .column("held_on", "date", Issue::heldOn)
            .column("issue", "text", Issue::issue)
            .column("agency_id", "bigint", Issue::agencyId)
            .column("due_on", "date", Issue::dueOn)
            .column("resolved_on", "date", Issue::resolvedOn)
            .column("resolution", "text", Issue::resolution);
}
