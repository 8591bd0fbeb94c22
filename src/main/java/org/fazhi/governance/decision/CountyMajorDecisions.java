package org.fazhi.governance.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fazhi.platform.ColumnArrays;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A generated county's major administrative decisions (重大行政决策), written with a few set-based statements inside
 * the caller's transaction: a catalogue a year, published in February or March, listing about {@code perYear}
 * decisions undertaken by its departments; each decision takes its procedures in their statutory order through the
 * aggregate (every required one, and most of the others), so it is decided — at the collective discussion — only
 * once they are done, as a recorded one is; about one in twenty stalls half way; some four in ten decided more than a
 * year ago are post-evaluated. The current year's are mostly still under way.
 */
@Component
public class CountyMajorDecisions {

    /** Counts of what was written. */
    public record Written(long catalogues, long decisions, long decided, long evaluated, long steps) {

        public static final Written NONE = new Written(0, 0, 0, 0, 0);
    }

    private static final String BY = "generator";
    private static final List<String> SUBJECTS = List.of("城区集中供热价格调整方案", "生活垃圾分类实施方案",
            "农村饮水安全巩固提升工程规划", "公共停车设施建设规划", "老旧小区改造三年行动计划", "国土空间总体规划",
            "城区道路交通组织优化方案", "中心城区学校布局调整方案", "县域医共体建设实施方案", "公共租赁住房管理方案",
            "城乡公交一体化实施方案", "农村集体经营性建设用地入市方案", "城区污水处理费标准调整方案",
            "历史文化街区保护规划", "产业园区扩区调规方案", "城区燃气管网改造方案");
    private static final Map<DecisionStepKind, String[]> EVIDENCE = Map.of(
            DecisionStepKind.PUBLIC_PARTICIPATION, new String[] {"网上公开征求意见30日，收到意见并逐条反馈",
                "召开听证会，听取利害关系人意见", "召开座谈会，听取群众代表意见"},
            DecisionStepKind.EXPERT_ARGUMENTATION, new String[] {"专家论证会会议纪要及论证意见", "委托专业机构出具论证报告"},
            DecisionStepKind.RISK_ASSESSMENT, new String[] {"社会稳定风险评估报告（低风险）", "社会稳定风险评估报告（中风险，已制定化解措施）"},
            DecisionStepKind.LEGALITY_REVIEW, new String[] {"合法性审查意见书"},
            DecisionStepKind.COLLECTIVE_DISCUSSION, new String[] {"人民政府常务会议纪要"});
    private static final String[] EVALUATIONS = {"实施效果良好，群众满意度较高，建议继续执行",
        "总体达到预期目标，部分配套措施需完善", "实施中发现问题，建议适时调整"};

    private final DecisionProperties settings;
    private final JdbcClient jdbc;

    CountyMajorDecisions(DecisionProperties settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    public boolean hasAny(RegionCode county) {
        return jdbc.sql("select exists (select 1 from governance.decision_catalogue where region_code = ?)")
                .param(county.county().value()).query(Boolean.class).single();
    }

    /** {@code years} catalogues ending with this year's; the county's name names its bureau and meetings. */
    public Written write(RegionCode county, String countyName, int years, int perYear,
                         List<AgencyDirectory.Option> departments, LocalDate today, Random random) {
        if (perYear <= 0 || departments.isEmpty()) {
            return Written.NONE;
        }
        Set<DecisionStepKind> required = settings.required();
        List<Catalogue> catalogues = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            LocalDate published = LocalDate.of(year, 2, 1).plusDays(random.nextInt(45));
            catalogues.add(new Catalogue(year, published.isBefore(today) ? published : null));
            List<String> subjects = new ArrayList<>(SUBJECTS);
            Collections.shuffle(subjects, random);
            int count = Math.max(1, perYear * 3 / 4 + random.nextInt(perYear / 2 + 1));
            for (int i = 0; i < count; i++) {
                AgencyDirectory.Option agency = departments.get(random.nextInt(departments.size()));
                String title = countyName + subjects.get(i % subjects.size()) + (i < subjects.size() ? "" : "（二期）");
                MajorDecision d = MajorDecision.planned(new MajorDecision.Item(0, county, agency.id(), title));
                follow(d, published.plusDays(20 + random.nextInt(230)), required, countyName, agency.name(), today,
                        random);
                planned.add(new Planned(year, d));
            }
        }
        insert(county, catalogues, planned);
        List<MajorDecision> decisions = planned.stream().map(Planned::decision).toList();
        return new Written(catalogues.size(), decisions.size(),
                decisions.stream().filter(d -> d.state() != DecisionState.PLANNED).count(),
                decisions.stream().filter(d -> d.state() == DecisionState.EVALUATED).count(),
                decisions.stream().mapToLong(d -> d.steps().size()).sum());
    }

    /** The procedures in order from {@code start}, the decision at the collective discussion, the evaluation. */
    private void follow(MajorDecision d, LocalDate start, Set<DecisionStepKind> required, String countyName,
                        String agencyName, LocalDate today, Random random) {
        boolean stalls = random.nextInt(100) < 5;
        LocalDate on = start;
        for (DecisionStepKind kind : DecisionStepKind.values()) {
            if (!required.contains(kind) && random.nextInt(100) < 30) {
                continue;
            }
            if (!on.isBefore(today) || stalls && kind == DecisionStepKind.LEGALITY_REVIEW) {
                return;
            }
            String[] texts = EVIDENCE.get(kind);
            boolean bureau = kind == DecisionStepKind.LEGALITY_REVIEW;
            String prefix = bureau ? countyName + "司法局" : kind == DecisionStepKind.COLLECTIVE_DISCUSSION ? countyName
                    : "";
            d.record(kind, new MajorDecision.Step(on, prefix + texts[random.nextInt(texts.length)],
                    bureau ? countyName + "司法局" : agencyName));
            if (kind == DecisionStepKind.COLLECTIVE_DISCUSSION) {
                d.decide(on, countyName + "人民政府常务会议审议通过", required);
                LocalDate evaluated = on.plusDays(365 + random.nextInt(240));
                if (random.nextInt(100) < 40 && evaluated.isBefore(today)) {
                    d.evaluate(evaluated, EVALUATIONS[random.nextInt(EVALUATIONS.length)]);
                }
                return;
            }
            on = on.plusDays(5 + random.nextInt(16));
        }
    }

    /** The catalogues, the decisions matched to theirs by year, then the steps matched by year and title. */
    private void insert(RegionCode county, List<Catalogue> catalogues, List<Planned> planned) {
        CATALOGUES.bind(jdbc.sql("insert into governance.decision_catalogue (region_code, " + CATALOGUES.names()
                + ", created_by) select :county, *, :by from " + CATALOGUES.unnest()), catalogues)
                .param("county", county.value()).param("by", BY).update();
        if (planned.isEmpty()) {
            return;
        }
        DECISIONS.bind(jdbc.sql("""
                insert into governance.major_decision (catalogue_id, region_code, agency_id, title, decided_on,
                    decision_note, evaluated_on, evaluation, created_by)
                select c.id, :county, m.agency_id, m.title, m.decided_on, m.decision_note, m.evaluated_on, m.evaluation,
                       :by from %s as m(%s)
                  join governance.decision_catalogue c on c.region_code = :county and c.year = m.year"""
                .formatted(DECISIONS.unnest(), DECISIONS.names())), planned).param("county", county.value())
                .param("by", BY).update();
        List<DoneStep> steps = planned.stream().flatMap(p -> p.decision().steps().entrySet().stream()
                .map(e -> new DoneStep(p.year(), p.decision().item().title(), e.getKey(), e.getValue()))).toList();
        STEPS.bind(jdbc.sql("""
                insert into governance.decision_step (decision_id, kind, done_on, evidence, recorded_by)
                select m.id, s.kind, s.done_on, s.evidence, s.recorded_by from %s as s(%s)
                  join governance.decision_catalogue c on c.region_code = :county and c.year = s.year
                  join governance.major_decision m on m.catalogue_id = c.id and m.title = s.title"""
                .formatted(STEPS.unnest(), STEPS.names())), steps).param("county", county.value()).update();
    }

    private record Catalogue(int year, @Nullable LocalDate publishedOn) {
    }

    private record Planned(int year, MajorDecision decision) {
    }

    private record DoneStep(int year, String title, DecisionStepKind kind, MajorDecision.Step step) {
    }

    private static final ColumnArrays<Catalogue> CATALOGUES = new ColumnArrays<Catalogue>()
            .column("year", "integer", Catalogue::year)
            .column("published_on", "date", Catalogue::publishedOn);

    private static final ColumnArrays<Planned> DECISIONS = new ColumnArrays<Planned>()
            .column("year", "integer", Planned::year)
            .column("agency_id", "bigint", p -> p.decision().item().agencyId())
            .column("title", "text", p -> p.decision().item().title())
            .column("decided_on", "date", p -> p.decision().outcome().decidedOn())
            .column("decision_note", "text", p -> p.decision().outcome().decisionNote())
            .column("evaluated_on", "date", p -> p.decision().outcome().evaluatedOn())
            .column("evaluation", "text", p -> p.decision().outcome().evaluation());

    private static final ColumnArrays<DoneStep> STEPS = new ColumnArrays<DoneStep>()
            .column("year", "integer", DoneStep::year)
            .column("title", "text", DoneStep::title)
            .column("kind", "text", DoneStep::kind)
            .column("done_on", "date", s -> s.step().on())
            .column("evidence", "text", s -> s.step().evidence())
            .column("recorded_by", "text", s -> s.step().recordedBy());
}
