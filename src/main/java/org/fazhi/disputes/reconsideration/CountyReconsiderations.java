package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.ColumnArrays;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generated county's reconsideration history, written in one transaction with two set-based statements: a few
 * dozen applications a year against the county's departments, about a third of them against penalties casework
 * decided (found through its public {@link CaseDirectory}), each told through its steps by a
 * {@link ReconsiderationStory} and numbered in order of receipt within its year. A county with cases already is
 * left as it is.
 */
@Component
public class CountyReconsiderations {

    /** Counts of what was written. */
    public record Written(long cases, long linked, long open, long concluded, long deadlines) {
    }

    private static final int PER_YEAR = 30;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "海燕", "伟", "敏", "静", "磊", "洋",
        "红梅", "晓东", "丽华", "国庆", "淑珍"};
    private static final String[] FIRMS = {"商贸有限公司", "建材经营部", "餐饮店", "农业专业合作社", "物流有限公司"};
    private static final String[] ACTS = {"作出的罚款行政处罚决定", "作出的责令停产停业决定", "作出的没收违法所得决定",
        "不予办理登记的行为", "作出的查封经营场所的行政强制措施"};

    private final ReconsiderationDeadlines limits;
    private final CaseDirectory cases;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountyReconsiderations(ReconsiderationDeadlines limits, CaseDirectory cases, AgencyDirectory agencies,
                           MessageSource messages, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.limits = limits;
        this.cases = cases;
        this.agencies = agencies;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from disputes.reconsideration where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    /** {@code years} calendar years, the current one up to yesterday. */
    public Written generate(RegionCode county, int years, long seed) {
        Written written = transaction.execute(status -> hasAny(county) ? new Written(0, 0, 0, 0, 0)
                : write(county.county(), years, seed));
        return Objects.requireNonNull(written);
    }

    private Written write(RegionCode county, int years, long seed) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed ^ 0x5D2A_61C7L);
        List<Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream()
                .map(AgencyDirectory.Option::id).toList();
        if (departments.isEmpty()) {
            return new Written(0, 0, 0, 0, 0);
        }
        List<CaseDirectory.DecidedCase> penalties = new ArrayList<>(cases.decidedAs(county, DecisionKind.PENALTY));
        Collections.shuffle(penalties, random);
        ReconsiderationStory story = new ReconsiderationStory(limits, today, random);
        List<ReconsiderationCase> made = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            made.addAll(year(county, year, today, departments, penalties, story, random));
        }
        insert(county, made);
        long linked = made.stream().filter(c -> c.application().caseId() != null).count();
        long open = made.stream().filter(c -> c.state().isOpen()).count();
        long concluded = made.stream().filter(c -> c.state() == ReconsiderationState.CONCLUDED).count();
        return new Written(made.size(), linked, open, concluded,
                made.stream().mapToLong(c -> c.deadlines().size()).sum());
    }

    /** One year's applications in order of receipt, numbered 1, 2, … as the body numbers them. */
    private List<ReconsiderationCase> year(RegionCode county, int year, LocalDate today, List<Long> departments,
                                           List<CaseDirectory.DecidedCase> penalties, ReconsiderationStory story,
                                           Random random) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31)
                : today.minusDays(1);
        if (last.isBefore(first)) {
            return List.of();
        }
        int count = (int) Math.round((PER_YEAR - 10 + random.nextInt(21))
                * (last.getDayOfYear() / (double) first.lengthOfYear()));
        List<ReconsiderationCase.Application> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applications.add(application(county, first, last, departments, penalties, random));
        }
        applications.sort(Comparator.comparing(ReconsiderationCase.Application::receivedOn));
        List<ReconsiderationCase> told = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            String number = messages.getMessage("disputes.reconsideration.number",
                    new Object[] {Integer.toString(year), Integer.toString(i + 1)}, Locale.SIMPLIFIED_CHINESE);
            told.add(story.tell(applications.get(i), number));
        }
        return told;
    }

    /** Against a decided penalty of the year when one is left (a third of the time), else a department's act. */
    private ReconsiderationCase.Application application(RegionCode county, LocalDate first, LocalDate last,
                                                        List<Long> departments,
                                                        List<CaseDirectory.DecidedCase> penalties, Random random) {
        LocalDate received = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
        CaseDirectory.DecidedCase penalty = random.nextInt(3) == 0 ? penaltyBefore(received, penalties) : null;
        boolean person = random.nextInt(100) < 65;
        ReconsiderationCase.Applicant applicant = person
                ? new ReconsiderationCase.Applicant(ApplicantKind.PERSON, name(random), null, idNumber(county, random),
                null)
                : new ReconsiderationCase.Applicant(ApplicantKind.ORGANISATION,
                pick(SURNAMES, random) + "某" + pick(FIRMS, random), null, null, null);
        LocalDate knewOn = penalty != null ? penalty.decidedOn().plusDays(2)
                : received.minusDays(5 + random.nextInt(random.nextInt(100) < 4 ? 120 : 50));
        int channel = random.nextInt(100);
        Channel via = channel < 55 ? Channel.WINDOW : channel < 80 ? Channel.ONLINE : channel < 92
                ? Channel.GREEN_CHANNEL : Channel.MAIL;
        return new ReconsiderationCase.Application(county, received, via,
                via == Channel.GREEN_CHANNEL ? "乡镇司法所绿色通道快捷受理点" : null, applicant,
                penalty != null ? penalty.agencyId() : departments.get(random.nextInt(departments.size())),
                penalty != null ? "案件" + penalty.caseCode() + "的行政处罚决定" : pick(ACTS, random),
                penalty != null ? penalty.caseId() : null, penalty != null ? penalty.caseCode() : null,
                knewOn.isAfter(received) ? received : knewOn, random.nextInt(100) < 90);
    }

    /** A penalty decided 10 to 55 days before the application, taken off the list so no case is contested twice. */
    private static CaseDirectory.@Nullable DecidedCase penaltyBefore(LocalDate received,
                                                                     List<CaseDirectory.DecidedCase> penalties) {
        for (int i = 0; i < penalties.size(); i++) {
            long days = received.toEpochDay() - penalties.get(i).decidedOn().toEpochDay();
            if (days >= 10 && days <= 55) {
                return penalties.remove(i);
            }
        }
        return null;
    }

    private static String name(Random random) {
        return pick(SURNAMES, random) + pick(GIVEN, random);
    }

    private static String idNumber(RegionCode county, Random random) {
        String body = county.value() + (1950 + random.nextInt(50)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return IdNumber.of(body + IdNumber.checkCharacter(body)).masked();
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    /** The cases in one statement, then their limits in another, matched by number (unique in the county). */
    private void insert(RegionCode county, List<ReconsiderationCase> made) {
        if (made.isEmpty()) {
            return;
        }
        CASES.bind(jdbc.sql("insert into disputes.reconsideration (region_code, " + CASES.names()
                + ") select :county, * from " + CASES.unnest()), made).param("county", county.value()).update();
        List<NumberedDeadline> deadlines = new ArrayList<>();
        for (ReconsiderationCase c : made) {
            List<ReconsiderationDeadline> all = c.deadlines();
            for (int i = 0; i < all.size(); i++) {
                deadlines.add(new NumberedDeadline(c.number(), i, all.get(i)));
            }
        }
        DEADLINES.bind(jdbc.sql("""
                insert into disputes.reconsideration_deadline (reconsideration_id, position, kind, started_on, due_on,
                    met_on, dropped, provisional)
                select r.id, d.position, d.kind, d.started_on, d.due_on, d.met_on, d.dropped, d.provisional
                  from %s as d(%s)
                  join disputes.reconsideration r on r.region_code = :county and r.number = d.number"""
                .formatted(DEADLINES.unnest(), DEADLINES.names())), deadlines).param("county", county.value()).update();
    }

    /** A case's limit with the case's number, which finds the case's id once it is written. */
    private record NumberedDeadline(String number, int position, ReconsiderationDeadline deadline) {
    }

    private static final ColumnArrays<NumberedDeadline> DEADLINES = new ColumnArrays<NumberedDeadline>()
            .column("number", "text", NumberedDeadline::number)
            .column("position", "integer", NumberedDeadline::position)
            .column("kind", "text", d -> d.deadline().kind())
            .column("started_on", "date", d -> d.deadline().startedOn())
            .column("due_on", "date", d -> d.deadline().dueOn())
            .column("met_on", "date", d -> d.deadline().metOn())
            .column("dropped", "boolean", d -> d.deadline().dropped())
            .column("provisional", "boolean", d -> d.deadline().provisional());

    private static final ColumnArrays<ReconsiderationCase> CASES = new ColumnArrays<ReconsiderationCase>()
            .column("number", "text", ReconsiderationCase::number)
            .column("received_on", "date", c -> c.application().receivedOn())
            .column("channel", "text", c -> c.application().channel())
            .column("intake_point", "text", c -> c.application().intakePoint())
            .column("applicant_kind", "text", c -> c.application().applicant().kind())
            .column("applicant_name", "text", c -> c.application().applicant().name())
            .column("applicant_id_masked", "text", c -> c.application().applicant().idMasked())
            .column("agency_id", "bigint", c -> c.application().agencyId())
            .column("act", "text", c -> c.application().act())
            .column("case_id", "bigint", c -> c.application().caseId())
            .column("case_code", "text", c -> c.application().caseCode())
            .column("knew_on", "date", c -> c.application().knewOn())
            .column("right_explained", "boolean", c -> c.application().rightExplained())
            .column("late_application", "boolean", ReconsiderationCase::lateApplication)
            .column("state", "text", ReconsiderationCase::state)
            .column("refusal_reason", "text", c -> c.progress().refusalReason())
            .column("correction_items", "text", c -> c.progress().correctionItems())
            .column("accepted_on", "date", c -> c.progress().acceptedOn())
            .column("deemed_accepted", "boolean", c -> c.progress().deemedAccepted())
            .column("procedure", "text", c -> c.progress().procedure())
            .column("copied_on", "date", c -> c.progress().copiedOn())
            .column("answered_on", "date", c -> c.progress().answeredOn())
            .column("answer_evidence", "text", c -> c.progress().answerEvidence())
            .column("hearing_mode", "text", c -> c.progress().hearingMode())
            .column("hearing_on", "date", c -> c.progress().hearingOn())
            .column("hearing_notice_on", "date", c -> c.progress().hearingNoticeOn())
            .column("extended_by", "text", c -> c.progress().extendedBy())
            .column("extended_on", "date", c -> c.progress().extendedOn())
            .column("outcome", "text", c -> c.progress().outcome())
            .column("settled", "boolean", c -> c.progress().settled())
            .column("concluded_on", "date", c -> c.progress().concludedOn())
            .column("conclusion_note", "text", c -> c.progress().conclusionNote())
            .column("received_by", "text", ReconsiderationCase::receivedBy);
}
