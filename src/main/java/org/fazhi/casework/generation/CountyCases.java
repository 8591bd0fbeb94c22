package org.fazhi.casework.generation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.compulsion.MeasurePeriods;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.entities.PartyKind;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.shared.DataImported;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county's generated case history, in one transaction (an interrupted run leaves the county without cases, and a
 * rerun generates them whole). Each year: one case for each inspection of the year that concluded "case to be
 * filed" (the clue casework registered for it, if it did, is taken over with its id and code; an agency that
 * cannot file it sends it on, and another registers it as a transfer), {@value #ON_THE_SPOT_PERCENT}% of the year's
 * number decided on the spot ({@link SpotLife}), and cases from complaints, referrals, the agencies' own discovery and
 * transfers up to the year's number, each through {@link CaseLife} as far as its age allows, with the measures on
 * property some of them take ({@link MeasureLife}). Deterministic for the seed and the day.
 */
@Component
public class CountyCases {

    /** What was written for one county, by table. */
    public record Written(long cases, long fromInspections, long events, long proposals, long evidence,
                          long deadlines, long payments, long extensions, long onTheSpot, long measures,
                          long measureEvents) {
    }

    /**
     * The share of a year's cases decided on the spot. 简易程序 is open only to warnings and fines up to ¥200 for a
     * citizen and ¥3,000 for an organisation (第五十一条); the county departments Fazhi serves (market regulation,
     * ecology, natural resources, culture and tourism, urban management...) mostly fine above that, and the traffic
     * police's tickets, where on-the-spot decisions dominate, are not in Fazhi. A sixth is what such departments'
     * yearly statistics typically show.
     */
    static final int ON_THE_SPOT_PERCENT = 15;
    private static final String[] SPOT_SUMMARIES = {"未按规定明码标价", "未亮照经营", "占道经营",
            "销售的预包装食品标签不符合规定（少量）", "未按规定公示从业人员健康证明"};
    private static final String[] SPOT_PLACES = {"当事人经营场所", "集贸市场摊位", "当事人门店门前", "街道沿线"};

    private static final SourceKind[] SOURCES = {SourceKind.COMPLAINT, SourceKind.COMPLAINT, SourceKind.COMPLAINT,
            SourceKind.COMPLAINT, SourceKind.COMPLAINT, SourceKind.COMPLAINT, SourceKind.COMPLAINT, SourceKind.COMPLAINT,
            SourceKind.COMPLAINT, SourceKind.REFERRAL, SourceKind.REFERRAL, SourceKind.REFERRAL, SourceKind.REFERRAL,
            SourceKind.OWN_DISCOVERY, SourceKind.OWN_DISCOVERY, SourceKind.OWN_DISCOVERY, SourceKind.OWN_DISCOVERY,
            SourceKind.OWN_DISCOVERY, SourceKind.OWN_DISCOVERY, SourceKind.TRANSFER_IN};
    private static final Map<SourceKind, String[]> SUMMARIES = Map.of(
            SourceKind.COMPLAINT, new String[] {"群众举报无证经营", "消费者投诉销售过期食品", "12345热线举报噪声扰民"},
            SourceKind.REFERRAL, new String[] {"上级机关交办的违法线索", "其他部门移送的违法线索"},
            SourceKind.OWN_DISCOVERY, new String[] {"日常巡查发现未按规定公示证照", "执法人员巡查发现违法经营"},
            SourceKind.TRANSFER_IN, new String[] {"外地执法机关移送管辖"});

    private final InspectionGeneration inspections;
    private final PartyDirectory parties;
    private final CountyDesks desks;
    private final CaseRows rows;
    private final CaseDeadlines periods;
    private final MeasurePeriods measurePeriods;
    private final CaseworkProperties rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CountyCases(InspectionGeneration inspections, PartyDirectory parties, CountyDesks desks, CaseRows rows,
                CaseDeadlines periods, MeasurePeriods measurePeriods, CaseworkProperties rules, JdbcClient jdbc,
                TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.parties = parties;
        this.desks = desks;
        this.rows = rows;
        this.periods = periods;
        this.measurePeriods = measurePeriods;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Any case beyond the clues the inspections' results registered by themselves. */
    public boolean hasAny(RegionCode county) {
        return jdbc.sql("""
                select exists (select 1 from casework.penalty_case
                                where region_code = ? and (source_kind <> 'INSPECTION' or state <> 'CLUE'))""")
                .param(county.value()).query(Boolean.class).single();
    }

    public Written generate(RegionCode county, int perYear, int years, long seed) {
        if (hasAny(county)) {
            throw new IllegalStateException("县 " + county + " 已有案件数据，不再生成");
        }
        Written written = Objects.requireNonNull(transaction.execute(status -> generateIn(county, perYear, years,
                seed)));
        events.publishEvent(new DataImported("casework.case", county, written.cases(), 0));
        return written;
    }

    private Written generateIn(RegionCode county, int perYear, int years, long seed) {
        LocalDate today = LocalDate.now(clock);
        List<Long> partyIds = parties.directory(new PartyDirectory.Criteria(county, Set.of(), Set.of(),
                Set.of())).stream().map(PartyDirectory.Entry::partyId).sorted().toList();
        if (partyIds.isEmpty()) {
            return new Written(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        Map<Integer, List<InspectionConcluded>> results = inspections.casesToFile(county).stream()
                .collect(Collectors.groupingBy(result -> result.concludedOn().getYear()));
        CaseLife life = new CaseLife(periods, today, rules.largeFine(PartyKind.ENTERPRISE).fen());
        SpotLife spots = new SpotLife(life, periods, rules, today);
        MeasureLife measures = new MeasureLife(measurePeriods, today);
        List<CaseDraft> drafts = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + year * 31L + 7);
            CountyDesks.Year desk = desks.of(county, year, today);
            List<CaseDraft> ofYear = new ArrayList<>();
            SplittableRandom transfers = random.split();
            for (InspectionConcluded result : results.getOrDefault(year, List.of())) {
                ofYear.add(new CaseDraft(result.leadAgencyId(), SourceKind.INSPECTION, result.taskCode(),
                        result.taskId(), result.itemIds(), result.partyId(), "检查任务" + result.taskCode()
                        + "的检查结果为“移送立案”。", result.concludedOn()));
                if (!desk.canFile(result.leadAgencyId()) && !desk.weighted().isEmpty()) {
                    transferred(result, desk, today, transfers).ifPresent(ofYear::add);
                }
            }
            int onTheSpot = target(perYear, year, today) * ON_THE_SPOT_PERCENT / 100;
            ofYear.addAll(others(year, target(perYear, year, today) - ofYear.size() - onTheSpot, desk, partyIds,
                    today, random.split()));
            ofYear.addAll(onTheSpot(year, onTheSpot, desk, partyIds, today, spots, random.split()));
            ofYear.sort(Comparator.comparing((CaseDraft c) -> c.discoveredOn));
            SplittableRandom lives = random.split();
            for (CaseDraft c : ofYear) {
                SplittableRandom own = lives.split();
                if (c.spot == null) {
                    CaseLife.Desk handling = desk.desk(c.agencyId, own);
                    life.live(c, handling, own);
                    measures.live(c, handling, own);
                }
            }
            drafts.addAll(ofYear);
        }
        rows.takeOverClues(county, drafts);
        CaseRows.Counts counts = rows.write(county, drafts);
        return new Written(counts.cases(), drafts.stream().filter(c -> c.taskId != null).count(), counts.events(),
                counts.proposals(), counts.evidence(), counts.deadlines(), counts.payments(),
                counts.extensions(), counts.onTheSpot(), counts.measures(), counts.measureEvents());
    }

    /**
     * An inspection's result its agency cannot file (no penalty item of its own, or too few certified officers):
     * its clue is sent on (移送), and an agency that can file registers it as a transfer a few days later.
     */
    private static java.util.Optional<CaseDraft> transferred(InspectionConcluded result, CountyDesks.Year desk,
                                                             LocalDate today, SplittableRandom r) {
        LocalDate received = result.concludedOn().plusDays(5 + r.nextInt(20));
        if (!received.isBefore(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CaseDraft(desk.anyAgency(r), SourceKind.TRANSFER_IN, result.taskCode(),
                null, result.itemIds(), result.partyId(), "其他执法机关移送：检查任务" + result.taskCode()
                + "发现的违法线索", received));
    }

    /** The year's cases, this year's in proportion to the days gone. */
    private static int target(int perYear, int year, LocalDate today) {
        if (year < today.getYear()) {
            return perYear;
        }
        return (int) (perYear * (today.getDayOfYear() - 1) / (double) today.lengthOfYear());
    }

    /**
     * The year's decisions on the spot, each decided as it is made: by an agency that can file (two certified
     * officers, a penalty item), on a day of the year before today, on a party of the county within its kind's limit.
     */
    private List<CaseDraft> onTheSpot(int year, int count, CountyDesks.Year desk, List<Long> partyIds,
                                      LocalDate today, SpotLife spots, SplittableRandom r) {
        List<CaseDraft> made = new ArrayList<>();
        if (desk.weighted().isEmpty() || count <= 0) {
            return made;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(partyIds.get(r.nextInt(partyIds.size())));
        }
        Map<Long, PartyKind> kinds = parties.findAll(chosen).stream()
                .collect(Collectors.toMap(PartyCard::id, PartyCard::kind, (a, b) -> a));
        for (long party : chosen) {
            long agency = desk.anyAgency(r);
            CaseLife.Desk handling = desk.desk(agency, r);
            String summary = SPOT_SUMMARIES[r.nextInt(SPOT_SUMMARIES.length)];
            CaseDraft c = new CaseDraft(agency, SourceKind.OWN_DISCOVERY, SPOT_PLACES[r.nextInt(SPOT_PLACES.length)],
                    null, List.of(handling.itemId()), party, "经现场检查，当事人" + summary, first.plusDays(r.nextLong(span)));
            spots.live(c, handling, kinds.getOrDefault(party, PartyKind.ENTERPRISE), r);
            made.add(c);
        }
        return made;
    }

    private static List<CaseDraft> others(int year, int count, CountyDesks.Year desk, List<Long> partyIds,
                                          LocalDate today, SplittableRandom r) {
        List<CaseDraft> made = new ArrayList<>();
        if (desk.weighted().isEmpty()) {
            return made;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        for (int i = 0; i < count; i++) {
            SourceKind source = SOURCES[r.nextInt(SOURCES.length)];
            String[] summaries = SUMMARIES.get(source);
            LocalDate discovered = first.plusDays(r.nextLong(span));
            String reference = source == SourceKind.COMPLAINT ? "12345-" + discovered.toString().replace("-", "")
                    + "-" + (1000 + r.nextInt(9000)) : null;
            made.add(new CaseDraft(desk.anyAgency(r), source, reference, null, List.of(),
                    partyIds.get(r.nextInt(partyIds.size())), summaries[r.nextInt(summaries.length)], discovered));
        }
        return made;
    }
}
