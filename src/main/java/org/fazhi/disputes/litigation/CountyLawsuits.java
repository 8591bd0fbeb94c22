package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.DecisionKind;
import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.ColumnArrays;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A generated county's 行政应诉 history, in one transaction: first-instance lawsuits against its departments, about
 * three in ten against penalties casework decided (found through its public {@link CaseDirectory}, each contested
 * once), numbered in order of service within the year; about a third of the judgments appealed to the intermediate
 * court, a few of those taken to retrial, each naming the lawsuit it continues; each told by a {@link LawsuitStory};
 * then the suggestions and 府院联动 ({@link CourtFollowUps}). A county with lawsuits already is left as it is.
 */
@Component
public class CountyLawsuits {

    /** Counts of what was written. */
    public record Written(long lawsuits, long appeals, long linked, long concluded, long lost, long hearings,
                          long suggestions, long meetings, long issues) {
    }

    private final DefenceDeadline defence;
    private final LitigationProperties settings;
    private final LawsuitParties parties;
    private final CourtFollowUps followUps;
    private final CaseDirectory cases;
    private final AgencyDirectory agencies;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountyLawsuits(DefenceDeadline defence, LitigationProperties settings, LawsuitParties parties,
                   CourtFollowUps followUps, CaseDirectory cases, AgencyDirectory agencies, JdbcClient jdbc,
                   TransactionTemplate transaction, Clock clock) {
        this.defence = defence;
        this.settings = settings;
        this.parties = parties;
        this.followUps = followUps;
        this.cases = cases;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from disputes.lawsuit where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    /**
     * About {@code perYear} first-instance lawsuits a year over {@code years} years, the current one to yesterday,
     * and {@code meetingsPerYear} 府院联动 meetings a year (rounded down to an even number, at least two).
     */
    public Written generate(RegionCode county, int years, int perYear, int meetingsPerYear, long seed) {
        Written written = transaction.execute(status -> hasAny(county) || perYear <= 0
                ? new Written(0, 0, 0, 0, 0, 0, 0, 0, 0)
                : write(county.county(), years, perYear, meetingsPerYear, seed));
        return Objects.requireNonNull(written);
    }

    private Written write(RegionCode county, int years, int perYear, int meetingsPerYear, long seed) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(seed ^ 0x3A7C_19E5L);
        List<Long> departments = agencies.countyDepartments(DataScope.ofRegion(county)).stream()
                .map(AgencyDirectory.Option::id).toList();
        if (departments.isEmpty()) {
            return new Written(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        List<CaseDirectory.DecidedCase> penalties = new ArrayList<>(cases.decidedAs(county, DecisionKind.PENALTY));
        Collections.shuffle(penalties, random);
        LawsuitStory story = new LawsuitStory(defence, today, random);
        LawsuitParties.Courts courts = parties.courts(county);
        CourtNumbers numbers = new CourtNumbers(county, courts, random);
        List<Told> first = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            first.addAll(firstInstances(county, year, perYear, today, departments, penalties, story, numbers,
                    random));
        }
        List<Told> appeals = continued(first, Instance.SECOND, 35, story, numbers, today, random);
        List<Told> retrials = continued(appeals, Instance.RETRIAL, 6, story, numbers, today, random);
        List<Told> all = new ArrayList<>(first);
        all.addAll(appeals);
        all.addAll(retrials);
        insert(county, all);
        CourtFollowUps.Written followed = followUps.write(county, years, Math.max(1, perYear / 10),
                meetingsPerYear, departments, courts, today, random);
        List<Lawsuit> lawsuits = all.stream().map(Told::lawsuit).toList();
        return new Written(all.size(), appeals.size() + retrials.size(),
                lawsuits.stream().filter(s -> s.filing().caseId() != null).count(),
                lawsuits.stream().filter(Lawsuit::isConcluded).count(),
                lawsuits.stream().filter(s -> s.conclusion() != null
                        && settings.lossRate().isLost(s.conclusion().outcome())).count(),
                lawsuits.stream().mapToLong(s -> s.hearings().size()).sum(), followed.suggestions(),
                followed.meetings(), followed.issues());
    }

    /** A year's first-instance lawsuits in order of service (fewer in the current year, by the days gone). */
    private List<Told> firstInstances(RegionCode county, int year, int perYear, LocalDate today,
                                      List<Long> departments, List<CaseDirectory.DecidedCase> penalties,
                                      LawsuitStory story, CourtNumbers numbers, Random random) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31) : today.minusDays(1);
        if (to.isBefore(from)) {
            return List.of();
        }
        int count = (int) Math.round((perYear * 3 / 4 + random.nextInt(perYear / 2 + 1))
                * (to.getDayOfYear() / (double) from.lengthOfYear()));
        List<LocalDate> served = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            served.add(from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1)));
        }
        served.sort(Comparator.naturalOrder());
        List<Told> told = new ArrayList<>();
        for (LocalDate on : served) {
            CaseDirectory.DecidedCase penalty = random.nextInt(10) < 3 ? penaltyBefore(on, penalties) : null;
            LawsuitParties.Dispute dispute = parties.dispute(county, departments, penalty, random);
            Lawsuit.Filing filing = new Lawsuit.Filing(county, numbers.court(Instance.FIRST), Instance.FIRST,
                    numbers.next(Instance.FIRST, on), null, dispute.plaintiff(), dispute.agencyId(), dispute.cause(),
                    dispute.act(), penalty == null ? null : penalty.caseId(),
                    penalty == null ? null : penalty.caseCode(), on);
            told.add(new Told(story.firstInstance(filing), null));
        }
        return told;
    }

    /**
     * The appeals ({@code percent} of the judgments and rulings, within 20 to 40 days of them) or the retrial
     * applications (within 60 to 200 days) of the given lawsuits, in order of service, each continuing its prior.
     */
    private List<Told> continued(List<Told> priors, Instance instance, int percent, LawsuitStory story,
                                 CourtNumbers numbers, LocalDate today, Random random) {
        List<Map.Entry<LocalDate, Lawsuit>> chosen = new ArrayList<>();
        for (Told prior : priors) {
            Lawsuit.Conclusion c = prior.lawsuit().conclusion();
            if (c == null || !c.outcome().isJudgment() || random.nextInt(100) >= percent) {
                continue;
            }
            LocalDate on = c.decidedOn().plusDays(instance == Instance.SECOND ? 20 + random.nextInt(21)
                    : 60 + random.nextInt(141));
            if (on.isBefore(today)) {
                chosen.add(Map.entry(on, prior.lawsuit()));
            }
        }
        chosen.sort(Map.Entry.comparingByKey());
        List<Told> told = new ArrayList<>();
        for (Map.Entry<LocalDate, Lawsuit> each : chosen) {
            Lawsuit.Filing prior = each.getValue().filing();
            LawsuitOutcome before = Objects.requireNonNull(each.getValue().conclusion()).outcome();
            Lawsuit.Filing filing = new Lawsuit.Filing(prior.county(), numbers.court(instance), instance,
                    numbers.next(instance, each.getKey()), null, prior.plaintiff(), prior.agencyId(), prior.cause(),
                    prior.act() + (instance == Instance.SECOND ? "（上诉）" : "（申请再审）"), prior.caseId(),
                    prior.caseCode(), each.getKey());
            told.add(new Told(story.appeal(filing, before, settings.lossRate().isLost(before)),
                    prior.courtNumber()));
        }
        return told;
    }

    /** A penalty decided 15 to 180 days before service, taken off the list so no case is contested twice. */
    private static CaseDirectory.@Nullable DecidedCase penaltyBefore(LocalDate served,
                                                                     List<CaseDirectory.DecidedCase> penalties) {
        for (int i = 0; i < penalties.size(); i++) {
            long days = served.toEpochDay() - penalties.get(i).decidedOn().toEpochDay();
            if (days >= 15 && days <= 180) {
                return penalties.remove(i);
            }
        }
        return null;
    }

    /** The lawsuits, their hearings matched by court number (unique in the county), then the priors named. */
    private void insert(RegionCode county, List<Told> all) {
        if (all.isEmpty()) {
            return;
        }
        List<Lawsuit> lawsuits = all.stream().map(Told::lawsuit).toList();
        LAWSUITS.bind(jdbc.sql("insert into disputes.lawsuit (region_code, " + LAWSUITS.names() + ") select :county, * "
                + "from " + LAWSUITS.unnest()), lawsuits).param("county", county.value()).update();
        List<NumberedHearing> hearings = new ArrayList<>();
        for (Lawsuit s : lawsuits) {
            for (int i = 0; i < s.hearings().size(); i++) {
                hearings.add(new NumberedHearing(s.filing().courtNumber(), i, s.hearings().get(i)));
            }
        }
        HEARINGS.bind(jdbc.sql("""
                insert into disputes.lawsuit_hearing (lawsuit_id, position, held_on, appearance, appeared_by)
                select s.id, h.position, h.held_on, h.appearance, h.appeared_by from %s as h(%s)
                  join disputes.lawsuit s on s.region_code = :county and s.court_number = h.number"""
                .formatted(HEARINGS.unnest(), HEARINGS.names())), hearings).param("county", county.value()).update();
        List<Told> continuing = all.stream().filter(t -> t.priorNumber() != null).toList();
        PRIORS.bind(jdbc.sql("""
                update disputes.lawsuit s set prior_id = p.id from %s as l(%s)
                  join disputes.lawsuit p on p.region_code = :county and p.court_number = l.prior
                 where s.region_code = :county and s.court_number = l.number"""
                .formatted(PRIORS.unnest(), PRIORS.names())), continuing).param("county", county.value()).update();
    }

    /** A lawsuit as told, with the court number of the lawsuit it continues (an appeal's or a retrial's). */
    private record Told(Lawsuit lawsuit, @Nullable String priorNumber) {
    }

    private record NumberedHearing(String number, int position, Lawsuit.Hearing hearing) {
    }

    private static final ColumnArrays<Lawsuit> LAWSUITS = new ColumnArrays<Lawsuit>()
            .column("court", "text", s -> s.filing().court())
            .column("instance", "text", s -> s.filing().instance())
            .column("court_number", "text", s -> s.filing().courtNumber())
            .column("plaintiff_kind", "text", s -> s.filing().plaintiff().kind())
            .column("plaintiff_name", "text", s -> s.filing().plaintiff().name())
            .column("plaintiff_id_cipher", "text", s -> s.filing().plaintiff().idCipher())
            .column("plaintiff_id_masked", "text", s -> s.filing().plaintiff().idMasked())
            .column("plaintiff_credit_code", "text", s -> s.filing().plaintiff().creditCode())
            .column("agency_id", "bigint", s -> s.filing().agencyId())
            .column("cause", "text", s -> s.filing().cause())
            .column("act", "text", s -> s.filing().act())
            .column("case_id", "bigint", s -> s.filing().caseId())
            .column("case_code", "text", s -> s.filing().caseCode())
            .column("served_on", "date", s -> s.filing().servedOn())
            .column("defence_due_on", "date", Lawsuit::defenceDueOn)
            .column("defence_submitted_on", "date", Lawsuit::defenceSubmittedOn)
            .column("outcome", "text", s -> s.conclusion() == null ? null : s.conclusion().outcome())
            .column("decided_on", "date", s -> s.conclusion() == null ? null : s.conclusion().decidedOn())
            .column("outcome_note", "text", s -> s.conclusion() == null ? null : s.conclusion().note())
            .column("registered_by", "text", Lawsuit::registeredBy);

    private static final ColumnArrays<NumberedHearing> HEARINGS = new ColumnArrays<NumberedHearing>()
            .column("number", "text", NumberedHearing::number)
            .column("position", "integer", NumberedHearing::position)
            .column("held_on", "date", h -> h.hearing().heldOn())
            .column("appearance", "text", h -> h.hearing().appearance())
            .column("appeared_by", "text", h -> h.hearing().appearedBy());

    private static final ColumnArrays<Told> PRIORS = new ColumnArrays<Told>()
            .column("number", "text", t -> t.lawsuit().filing().courtNumber())
            .column("prior", "text", Told::priorNumber);

    /**
     * The courts of the county's lawsuits and their case numbers, （年）豫0425行初12号 style: the court's serials run
     * over all its administrative cases, so the county's own are in order of service with gaps.
     */
    static final class CourtNumbers {

        private final LawsuitParties.Courts courts;
        private final String province;
        private final String county;
        private final Random random;
        private final Map<String, Integer> serials = new HashMap<>();

        CourtNumbers(RegionCode county, LawsuitParties.Courts courts, Random random) {
            this.courts = courts;
            this.province = county.value().startsWith("41") ? "豫" : "";
            this.county = county.value();
            this.random = random;
        }

        String court(Instance instance) {
            return instance == Instance.FIRST ? courts.basic() : courts.intermediate();
        }

        String next(Instance instance, LocalDate servedOn) {
            String kind = switch (instance) {
                case FIRST -> county.substring(2) + "行初";
                case SECOND -> county.substring(2, 4) + "行终";
                case RETRIAL -> county.substring(2, 4) + "行申";
            };
            int serial = serials.merge(servedOn.getYear() + kind, 1 + random.nextInt(3), Integer::sum);
            return "（" + servedOn.getYear() + "）" + province + kind + serial + "号";
        }
    }
}
