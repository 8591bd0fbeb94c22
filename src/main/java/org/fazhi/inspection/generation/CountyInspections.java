package org.fazhi.inspection.generation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionGeneration.County;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.filing.GeneratedFilings;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.task.ApprovalChain;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.shared.DataImported;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county's generated inspection history, year after year, in one transaction (an interrupted run leaves the
 * county without inspections, and a rerun generates them whole). Each year: the annual plans drawn, the other
 * tasks made around them, all taken in the order they were made through the frequency rules and their lives,
 * then the enterprises' feedback, the concluded tasks' forms (检查表单, if asked for), the non-enforcement visits
 * and the agencies' annual plan filings (年度检查计划备案). Deterministic for the seed and the day.
 */
@Component
public class CountyInspections {

    private final CountyRecords records;
    private final YearPlans plans;
    private final InspectionRows rows;
    private final GeneratedFilings filings;
    private final ApprovalChain chain;
    private final InspectionProperties rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CountyInspections(CountyRecords records, YearPlans plans, InspectionRows rows, GeneratedFilings filings,
                      ApprovalChain chain,
                      InspectionProperties rules, JdbcClient jdbc, TransactionTemplate transaction,
                      ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.plans = plans;
        this.rows = rows;
        this.filings = filings;
        this.chain = chain;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("""
                select exists (select 1 from inspection.plan where region_code = :county)
                    or exists (select 1 from inspection.task where region_code = :county)""")
                .param("county", county.value()).query(Boolean.class).single();
    }

    public List<InspectionConcluded> casesToFile(RegionCode county) {
        return jdbc.sql("""
                select id, code, party_id, lead_agency_id, item_ids, (concluded_at at time zone 'Asia/Shanghai')::date
                  from inspection.task where region_code = ? and result = 'CASE_TO_FILE' and concluded_at is not null
                 order by concluded_at, id""").param(county.value())
                .query((rs, row) -> new InspectionConcluded(rs.getLong(1), rs.getString(2), county, rs.getLong(3),
                        rs.getLong(4), List.of((Long[]) rs.getArray(5).getArray()), InspectionResult.CASE_TO_FILE,
                        rs.getObject(6, LocalDate.class))).list();
    }

    public County generate(RegionCode county, int perYear, int years, long seed, boolean checkRecords) {
        if (hasAny(county)) {
            throw new IllegalStateException("县 " + county + " 已有检查数据，不再生成");
        }
        County generated = Objects.requireNonNull(transaction.execute(status -> generateIn(county, perYear, years,
                seed, checkRecords)));
        events.publishEvent(new DataImported("inspection.task", county, generated.tasks(), 0));
        events.publishEvent(new DataImported("inspection.other_visit", county, generated.otherVisits(), 0));
        return generated;
    }

    private County generateIn(RegionCode county, int perYear, int years, long seed, boolean checkRecords) {
        CountyFacts facts = records.county(county, LocalDate.now(clock));
        if (facts.parties().isEmpty()) {
            return new County(0, 0, 0, 0, 0, 0, 0, 0, 0); // nobody to inspect: no plan, no task
        }
        FrequencyLedger ledger = new FrequencyLedger(rules.frequencyRules(), facts::nameOf);
        TaskLives lives = new TaskLives(county, facts.today());
        Feedback feedback = new Feedback(county, facts.today());
        List<TaskDraft> tasks = new ArrayList<>();
        List<OtherVisits.Visit> visits = new ArrayList<>();
        List<OffsetDateTime> forged = new ArrayList<>();
        int planCount = 0;
        for (int year = facts.today().getYear() - years + 1; year <= facts.today().getYear(); year++) {
            YearFacts yearFacts = records.year(facts, year);
            if (yearFacts == null) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + year);
            YearPlans.Drawn drawn = plans.draw(facts, yearFacts, perYear, random.split());
            planCount += drawn.plans();
            List<TaskDraft> ofYear = new ArrayList<>(drawn.tasks());
            ofYear.addAll(new RequestedTasks(facts, yearFacts, random.split()).make(perYear - ofYear.size()));
            ofYear.sort(Comparator.comparing(task -> task.createdAt));
            SplittableRandom fates = random.split();
            // Its own stream, so that generating the forms or not changes nothing else.
            SplittableRandom forms = new SplittableRandom((seed * 1_000_003L + year) ^ 0x5DEECE66DL);
            for (TaskDraft task : ofYear) {
                live(task, facts, ledger, lives, fates);
                feedback.follow(task, fates);
                if (checkRecords) {
                    FormRecords.fill(task, yearFacts, forms);
                }
            }
            tasks.addAll(ofYear);
            visits.addAll(OtherVisits.make(facts, yearFacts, (int) Math.round(ofYear.size() * 0.10),
                    random.split()));
            forged.addAll(forgedScans(yearFacts, ofYear.size() / 1000 + 1, random.split()));
            filings.file(county, year, yearFacts.items(), facts.today(), random.split());
        }
        InspectionRows.Written written = rows.write(county, tasks, visits, forged);
        announceCasesToFile(county, tasks);
        return new County(planCount, written.tasks(), written.inspectors(),
                written.approvals(), written.scans(), written.ratings(), written.complaints(), written.otherVisits(),
                written.checks());
    }

    /** The frequency check when the task is made, then its life; a cap the county enforces refuses it outright. */
    private void live(TaskDraft task, CountyFacts facts, FrequencyLedger ledger, TaskLives lives,
                      SplittableRandom random) {
        task.verdict = ledger.assess(task);
        if (task.verdict.outcome() == FrequencyVerdict.Outcome.REFUSED) {
            task.status = TaskStatus.REFUSED;
        } else {
            lives.live(task, chain.steps(facts.fiveAbove().contains(task.partyId), task.verdict), random);
        }
        ledger.record(task);
    }

    /**
     * Announces each conclusion "case to be filed" as {@code Tasks.conclude} does, inside the county's transaction,
     * so that casework files the generated cases as it files real ones. Other results are not announced: nothing
     * downstream acts on them, and a province's millions of them would only fill the event registry.
     */
    private void announceCasesToFile(RegionCode county, List<TaskDraft> tasks) {
        List<TaskDraft> cases = tasks.stream().filter(task -> task.result == InspectionResult.CASE_TO_FILE).toList();
        if (cases.isEmpty()) {
            return;
        }
        Map<Long, String> codes = jdbc.sql("select id, code from inspection.task where id = any(?)")
                .param(cases.stream().map(task -> task.id).toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (TaskDraft task : cases) {
            events.publishEvent(new InspectionConcluded(task.id, codes.get(task.id), county, task.partyId,
                    task.leadAgencyId, task.itemIds, InspectionResult.CASE_TO_FILE,
                    Objects.requireNonNull(task.concludedAt).toLocalDate()));
        }
    }

    /** Scans of codes that are not genuine: someone tried a made-up code (the supervisors see these). */
    private static List<OffsetDateTime> forgedScans(YearFacts year, int count, SplittableRandom random) {
        List<OffsetDateTime> scans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scans.add(Moments.during(Moments.between(year.first(), year.last(), random), 8, 20, random));
        }
        return scans;
    }
}
