package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.SupervisionCertificates;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a county's generated rounds directly (the services would render a document per opinion; generated ones
 * are rendered when read). Each quarter: a round over at most 12 agencies, 0-3 findings each, an opinion for each
 * agency with findings, numbered in the county's series for the year (the counters are left where the history
 * ends, so later opinions continue them without gaps); 85% answered and accepted on time, 8% late, 5% escalated
 * then accepted; the current quarter's still open; about 2% of findings passed to the discipline body.
 */
@Component
public class CountyRounds {

    /** Counts of what was written. */
    public record Written(long rounds, long findings, long opinions, long escalations, long clues) {
    }

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    private final JdbcClient jdbc;
    private final AgencyOptions agencies;
    private final SupervisionCertificates certificates;
    private final ProblemCategories categories;
    private final SupervisionNumbers numbers;
    private final RoundProperties rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountyRounds(JdbcClient jdbc, AgencyOptions agencies, SupervisionCertificates certificates,
                 ProblemCategories categories, SupervisionNumbers numbers, RoundProperties rules,
                 TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.certificates = certificates;
        this.categories = categories;
        this.numbers = numbers;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from supervision.round where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    public Written generate(RegionCode county, int years, long seed) {
        if (hasAny(county)) {
            return new Written(0, 0, 0, 0, 0);
        }
        return transaction.execute(status -> write(county.county(), years, new Random(seed)));
    }

    private Written write(RegionCode county, int years, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<AgencyOptions.Option> all = agencies.within(DataScope.ofRegion(county));
        List<SupervisionCertificates.Holder> team = certificates.holdersIn(county, today).stream().limit(3).toList();
        List<ProblemCategories.ProblemType> types = categories.types();
        long[] counts = new long[5];
        LocalDate quarter = LocalDate.of(today.getYear() - years + 1, 1, 1);
        while (!quarter.isAfter(today)) {
            LocalDate end = quarter.plusMonths(3).minusDays(1);
            boolean current = !end.isBefore(today);
            List<AgencyOptions.Option> scope = all.stream().filter(a -> random.nextInt(100) < 60).limit(12).toList();
            long round = jdbc.sql("""
                    insert into supervision.round (region_code, kind, title, period_from, period_to, topics, created_by,
                           state, closed_on)
                    values (?, 'ROUTINE', ?, ?, ?, '行政处罚、行政检查', 'generator', ?, ?) returning id""")
                    .params(county.value(), quarter.getYear() + "年第" + ((quarter.getMonthValue() - 1) / 3 + 1)
                                    + "季度常态化行政执法监督", quarter, end, current ? "OPEN" : "CLOSED",
                            current ? null : end.plusDays(20).isAfter(today) ? today : end.plusDays(20))
                    .query(Long.class).single();
            counts[0]++;
            for (SupervisionCertificates.Holder s : team) {
                jdbc.sql("insert into supervision.round_supervisor values (?, ?, ?, ?)")
                        .params(round, s.officerId(), s.name(), s.certificateNumber()).update();
            }
            LocalDate issued = CALENDAR.addWorkingDays(current ? quarter : end, 5);
            for (AgencyOptions.Option agency : scope) {
                int problems = random.nextInt(4);
                String grade = current ? null : Grade.of(100 - problems * rules.pointsPerProblem()).name();
                jdbc.sql("insert into supervision.round_agency values (?, ?, ?, ?)").params(round, agency.id(),
                        current ? null : 100 - problems * rules.pointsPerProblem(), grade).update();
                if (problems == 0 || issued.isAfter(today)) {
                    continue;
                }
                long opinion = opinion(county, agency.id(), round, issued, today, random, counts);
                for (int p = 0; p < problems; p++) {
                    ProblemCategories.ProblemType type = types.get(random.nextInt(types.size()));
                    long finding = jdbc.sql("""
                            insert into supervision.finding (region_code, agency_id, source, round_id, category_code,
                                   type_code, description, opinion_id, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?) returning id""")
                            .params(county.value(), agency.id(), "round:" + round, round, type.categoryCode(),
                                    type.code(), type.name() + "（抽查发现）", opinion,
                                    java.sql.Timestamp.valueOf(issued.atTime(9, 0)))
                            .query(Long.class).single();
                    counts[1]++;
                    if (random.nextInt(100) < 2) {
                        jdbc.sql("""
                                insert into supervision.discipline_clue (region_code, finding_id, agency_id,
                                       transferred_on, transferred_by, outcome_on, persons_disciplined,
                                       persons_organisational)
                                values (?, ?, ?, ?, 'generator', ?, ?, ?)""")
                                .params(county.value(), finding, agency.id(), issued, issued.plusDays(60)
                                        .isAfter(today) ? null : issued.plusDays(60),
                                        issued.plusDays(60).isAfter(today) ? null : random.nextInt(3),
                                        issued.plusDays(60).isAfter(today) ? null : random.nextInt(2)).update();
                        counts[4]++;
                    }
                }
            }
            quarter = quarter.plusMonths(3);
        }
        return new Written(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** One opinion and its fate; its number drawn from the county's series. */
    private long opinion(RegionCode county, long agencyId, long round, LocalDate issued, LocalDate today,
                         Random random, long[] counts) {
        LocalDate deadline = CALENDAR.addWorkingDays(issued, rules.rectifyWithinWorkingDays());
        String number = numbers.next(county, issued.getYear(), SupervisionNumbers.Kind.OPINION);
        int fate = random.nextInt(100);
        boolean done = deadline.plusDays(40).isBefore(today);
        boolean escalated = done && fate >= 93 && fate < 98;
        String state = !done ? (today.isAfter(deadline) ? "ISSUED" : "ANSWERED") : "ACCEPTED";
        LocalDate answered = escalated || fate >= 85 ? deadline.plusDays(7) : deadline.minusDays(3);
        String decision = escalated ? numbers.next(county, deadline.plusDays(1).getYear(),
                SupervisionNumbers.Kind.DECISION) : null;
        long id = jdbc.sql("""
                insert into supervision.opinion (region_code, agency_id, round_id, number, issued_on, deadline, state,
                       issued_by, decision_number, decided_on, decision_deadline, accepted_on, accepted_by, on_time)
                values (?, ?, ?, ?, ?, ?, ?, 'generator', ?, ?, ?, ?, ?, ?) returning id""")
                .params(county.value(), agencyId, round, number, issued, deadline, state, decision,
                        escalated ? deadline.plusDays(1) : null,
                        escalated ? CALENDAR.addWorkingDays(deadline.plusDays(1), rules.decisionWithinWorkingDays())
                                : null,
                        done ? answered.plusDays(3) : null, done ? "generator" : null,
                        done ? !escalated && fate < 85 : null)
                .query(Long.class).single();
        counts[2]++;
        if (escalated) {
            counts[3]++;
        }
        if (done || "ANSWERED".equals(state)) {
            jdbc.sql("""
                    insert into supervision.rectification (region_code, opinion_id, agency_id, measures, submitted_by,
                           submitted_on, state, reviewed_by, reviewed_on)
                    values (?, ?, ?, '逐项整改并建立台账', 'generator', ?, ?, ?, ?)""")
                    .params(county.value(), id, agencyId, done ? answered : issued.plusDays(5),
                            done ? "ACCEPTED" : "SUBMITTED", done ? "generator" : null,
                            done ? answered.plusDays(3) : null).update();
        }
        return id;
    }
}
