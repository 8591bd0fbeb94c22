package org.fazhi.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disclosure.PublicationGeneration;
import org.fazhi.disputes.LitigationGeneration;
import org.fazhi.disputes.ReconsiderationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.governance.GovernanceGeneration;
import org.fazhi.governance.LedgerGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.BulkLoad;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.SupervisionGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --fazhi.generate.counties=N}: generates N counties, one after another (each in its own transactions, so
 * an interrupted run keeps the counties already done), prints what it made and how long it took, and exits. A
 * county that exists already is skipped, except that one without inspections, cases or publications gets them: a
 * province generated before inspections, casework or disclosure existed is completed by running the same command
 * again.
 */
@Component
@Order(100)
class ProvinceGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);

    private final GeneratorProperties properties;
    private final RegistryGeneration registry;
    private final CatalogGeneration catalog;
    private final PartyGeneration parties;
    private final InspectionGeneration inspections;
    private final CaseGeneration cases;
    private final PublicationGeneration publications;
    private final SupervisionGeneration supervision;
    private final ReconsiderationGeneration reconsiderations;
    private final LitigationGeneration litigation;
    private final GovernanceGeneration governance;
    private final LedgerGeneration ledgers;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;

    ProvinceGenerator(GeneratorProperties properties, RegistryGeneration registry, CatalogGeneration catalog,
                      PartyGeneration parties, InspectionGeneration inspections, CaseGeneration cases,
                      PublicationGeneration publications, SupervisionGeneration supervision,
                      ReconsiderationGeneration reconsiderations, LitigationGeneration litigation,
                      GovernanceGeneration governance, LedgerGeneration ledgers, RegionDirectory regions,
                      JdbcClient jdbc, ConfigurableApplicationContext context) {
        this.properties = properties;
        this.registry = registry;
        this.catalog = catalog;
        this.parties = parties;
        this.inspections = inspections;
        this.cases = cases;
        this.publications = publications;
        this.supervision = supervision;
        this.reconsiderations = reconsiderations;
        this.litigation = litigation;
        this.governance = governance;
        this.ledgers = ledgers;
        this.regions = regions;
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.counties() <= 0) {
            return;
        }
        long started = System.nanoTime();
        GenerationTally tally = new GenerationTally();
        for (RegionCode county : counties(properties.counties())) {
            BulkLoad.run(() -> completeCounty(county, tally));
        }
        jdbc.sql("vacuum analyze").update();
        String summary = tally.summary(properties.counties(), (System.nanoTime() - started) / 1e9);
        log.info(summary);
        System.out.println(summary);
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Generates the county, or what it lacks of the parts generated after it was. */
    private void completeCounty(RegionCode county, GenerationTally tally) {
        long seed = properties.seed() * 1_000_003L + Long.parseLong(county.value());
        Optional<String> existing = regions.find(county).map(RegionDirectory.RegionInfo::name);
        boolean written = true;
        if (existing.isEmpty()) {
            generateCounty(county, seed, tally);
        } else if (needsInspections(county)) {
            log.info("县 {} 已存在，补充检查数据", county);
            addInspections(county, existing.get(), seed, tally);
            tally.countyCompleted();
        } else if (!needsCases(county) && !needsPublications(county)) {
            log.info("县 {} 已存在，跳过", county);
            written = false;
        }
        if (needsCases(county)) {
            addCases(county, seed, tally);
        }
        if (needsPublications(county)) {
            addPublications(county, seed, tally);
        }
        if (written) {
            refreshStatistics(county);
        }
        addSupervision(county, seed, tally);
        addReconsiderations(county, seed);
        addLitigation(county, seed);
        addGovernance(county, seed);
        addLedgers(county, seed);
    }

    /**
     * The planner's statistics, before the supervision step runs its ten full passes over the county just written.
     * Autovacuum analyzes a table once a tenth of it changed, so from the tenth county on a new county's rows are
     * mostly unknown to the planner: it estimated one row for a county of 30,000 tasks and chose nested loops. At
     * 41 counties the step took 205–270 s; after this refresh it takes 8–10 s, and the refresh 28–32 s (25 s of it
     * the publications' word pairs, whose statistics the portal search keeps at 1,000).
     */
    private void refreshStatistics(RegionCode county) {
        long started = System.nanoTime();
        jdbc.sql("analyze").update();
        log.info("已更新 {} 写入后的统计信息，用时 {} ms", county, (System.nanoTime() - started) / 1_000_000);
    }

    /** The county's 行政复议 history over the cases' years, once its cases are there (disputes). */
    private void addReconsiderations(RegionCode county, long seed) {
        ReconsiderationGeneration.County made = reconsiderations.generateCounty(county, properties.caseYears(), seed);
        if (made.cases() > 0) {
            log.info("已生成 {} 的行政复议案件：{} 件（针对本系统处罚决定 {}，办结 {}，审理中 {}），期限 {}，用时 {} ms", county,
                    made.cases(), made.linked(), made.concluded(), made.open(), made.deadlines(), made.millis());
        }
    }

    /** The county's 行政应诉 over the cases' years: lawsuits, suggestions, 府院联动 (disputes). */
    private void addLitigation(RegionCode county, long seed) {
        LitigationGeneration.County made = litigation.generateCounty(county, properties.caseYears(),
                properties.lawsuitsPerYear(), seed);
        if (made.lawsuits() > 0) {
            log.info("已生成 {} 的行政应诉案件：{} 件（上诉与再审 {}，针对本系统处罚决定 {}，审结 {}，败诉 {}），庭审 {}，"
                            + "司法建议与检察建议 {}，府院联动会议 {}（问题 {}），用时 {} ms", county, made.lawsuits(),
                    made.appeals(), made.linked(), made.concluded(), made.lost(), made.hearings(), made.suggestions(),
                    made.meetings(), made.issues(), made.millis());
        }
    }

    /** The county's normative documents and major decisions over the cases' years (governance). */
    private void addGovernance(RegionCode county, long seed) {
        GovernanceGeneration.County made = governance.generateCounty(county, properties.caseYears(),
                properties.normativeDocumentsPerYear(), seed);
        if (!made.isEmpty()) {
            log.info("已生成 {} 的依法决策：规范性文件 {}（公布 {}，现行有效 {}，按期备案 {}，已失效或废止 {}），清理活动 {}（处理 {}）；"
                            + "重大行政决策目录 {}，决策事项 {}（已决策 {}，已后评估 {}，程序记录 {}），用时 {} ms", county,
                    made.documents(), made.published(), made.inForce(), made.filedOnTime(), made.ended(),
                    made.campaigns(), made.dispositions(), made.catalogues(), made.decisions(), made.decided(),
                    made.evaluated(), made.steps(), made.millis());
        }
    }

    /** The county's 台账 entries (governance.LedgerGeneration), over the years its cases cover. */
    private void addLedgers(RegionCode county, long seed) {
        if (properties.caseYears() > 0 && !ledgers.hasEntries(county)) {
            LedgerGeneration.County made = ledgers.generateCounty(county, properties.caseYears(), seed);
            log.info("已生成 {} 的治理台账条目 {} 条，用时 {} ms", county, made.entries(), made.millis());
        }
    }

    private void generateCounty(RegionCode county, long seed, GenerationTally tally) {
        long started = System.nanoTime();
        RegistryGeneration.County made = registry.generateCounty(county, properties.officersPerCounty(), seed);
        CatalogGeneration.County catalogued = catalog.generateCounty(county, made.name(),
                properties.itemsPerCounty(), seed);
        PartyGeneration.Generated generated = parties.generate(county, properties.partiesPerCounty(), seed);
        tally.countyGenerated(made, catalogued, generated);
        log.info("已生成 {} {}：执法主体 {}，执法人员 {}，执法证 {}，执法事项 {}，裁量基准 {}，行政相对人 {}，用时 {} ms",
                county, made.name(), made.agencies(), made.officers(), made.certificates(), catalogued.items(),
                catalogued.benchmarks(), generated.inserted(), (System.nanoTime() - started) / 1_000_000);
        if (properties.inspectionsPerYear() > 0) {
            addInspections(county, made.name(), seed, tally);
        }
    }

    /** Every department's inspection items on the lists of the years inspected, then the inspections. */
    private void addInspections(RegionCode county, String name, long seed, GenerationTally tally) {
        long started = System.nanoTime();
        int listed = catalog.fileInspectionLists(county, name, seed);
        InspectionGeneration.County made = inspections.generateCounty(county, properties.inspectionsPerYear(),
                properties.inspectionYears(), seed, properties.checkRecords());
        tally.inspections(listed, made);
        log.info("已生成 {} {} 的检查数据：检查事项版本 {}，检查计划 {}，检查任务 {}，检查人员 {}，审批 {}，扫码 {}，"
                        + "企业评价 {}，投诉 {}，非执法入企 {}，检查表单记录 {}，用时 {} ms", county, name, listed,
                made.plans(), made.tasks(), made.inspectors(), made.approvals(), made.scans(), made.ratings(),
                made.complaints(), made.otherVisits(), made.checkRecords(), (System.nanoTime() - started) / 1_000_000);
    }

    private boolean needsInspections(RegionCode county) {
        return properties.inspectionsPerYear() > 0 && !inspections.hasInspections(county);
    }

    private boolean needsCases(RegionCode county) {
        return properties.casesPerYear() > 0 && !cases.hasCases(county);
    }

    /** The county's cases, consistent with its inspections' case-to-file results. */
    private void addCases(RegionCode county, long seed, GenerationTally tally) {
        long started = System.nanoTime();
        CaseGeneration.County made = cases.generateCounty(county, properties.casesPerYear(), properties.caseYears(),
                seed);
        tally.cases(made);
        log.info("已生成 {} 的行政处罚案件：案件 {}（来自检查 {}，当场处罚 {}），全过程记录 {}，处理意见 {}，证据 {}，期限 {}，"
                        + "缴款 {}，延期 {}，强制措施 {}（记录 {}），用时 {} ms", county, made.cases(), made.fromInspections(),
                made.onTheSpot(), made.events(), made.proposals(), made.evidence(), made.deadlines(), made.payments(),
                made.extensions(), made.measures(), made.measureEvents(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A county with cases but no publications (generated before disclosure existed) gets them too. */
    private boolean needsPublications(RegionCode county) {
        return properties.casesPerYear() > 0 && cases.hasCases(county) && !publications.hasPublications(county);
    }

    /** The publications the county's decisions imply, as the legal offices would have handled them. */
    private void addPublications(RegionCode county, long seed, GenerationTally tally) {
        long started = System.nanoTime();
        PublicationGeneration.County made = publications.generateCounty(county, seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        tally.publications(made);
        log.info("已生成 {} 的处罚决定公示：决定 {}，公示 {}（{}），隐去个人信息 {} 处，用时 {} ms（读取决定 {}，隐去与状态 {}，写入 {}）",
                county, made.decisions(), made.publications(), made.byState(), made.redactions(), millis,
                made.readMillis(), made.draftMillis(), made.writeMillis());
    }

    /**
     * The county's supervision history once its cases and publications are there: rounds, reviews, transfers,
     * accountability, then the monitoring's alerts over all of it (supervision.SupervisionGeneration), each part
     * only where the county has none yet.
     */
    private void addSupervision(RegionCode county, long seed, GenerationTally tally) {
        SupervisionGeneration.County made = supervision.generateCounty(county, properties.caseYears(), seed);
        if (made.isEmpty()) {
            return;
        }
        tally.supervision(made);
        SupervisionGeneration.Rounds r = made.rounds();
        SupervisionGeneration.Reviews v = made.reviews();
        SupervisionGeneration.Transfers t = made.transfers();
        SupervisionGeneration.Accountability a = made.accountability();
        SupervisionGeneration.Alerts w = made.alerts();
        log.info("已生成 {} 的执法监督：常态化监督轮次 {}（问题 {}，意见书 {}，监督决定 {}，移交线索 {}）；案卷评查活动 {}（案卷 {}，"
                        + "评分 {}，问题 {}）；三法衔接 移送公安 {}、移送监察 {}（未办结 {}，超期环节 {}）；过错责任追究 {}（追究 {}，"
                        + "不予追究 {}，通报批评 {}，移交纪委 {}，处理人员 {}）；监管预警 全量巡检 {} 次，待处理 {}，已签收 {}，"
                        + "已办结 {}，已排除 {}，已消除 {}；用时 {} ms", county, r.rounds(), r.findings(), r.opinions(),
                r.escalations(), r.clues(), v.campaigns(), v.files(), v.scores(), v.problems(), t.toPublicSecurity(),
                t.toCommission(), t.pending(), t.lateSteps(), a.findings(), a.pursued(), a.notPursued(),
                a.circulated(), a.referred(), a.persons(), w.passes(), w.open(), w.acknowledged(), w.resolved(),
                w.dismissed(), w.cleared(), made.millis());
    }

    /** County codes of a fictional province: prefectures 4101..4110, counties 51..60 in each (never a real seed county). */
    static List<RegionCode> counties(int count) {
        List<RegionCode> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(RegionCode.of(String.format("41%02d%02d", 1 + i / 10 % 99, 51 + i % 10)));
        }
        return codes;
    }
}
