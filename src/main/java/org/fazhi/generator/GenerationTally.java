package org.fazhi.generator;

import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disclosure.PublicationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.supervision.SupervisionGeneration;

/** What a run of the province generator made, county by county, for its final summary. */
final class GenerationTally {

    private int generatedCounties;
    private int completedCounties;
    private long agencies;
    private long officers;
    private long certificates;
    private long items;
    private long benchmarks;
    private long parties;
    private long listedItems;
    private long plans;
    private long tasks;
    private long inspectors;
    private long approvals;
    private long scans;
    private long ratings;
    private long complaints;
    private long otherVisits;
    private long checkRecords;
    private int casedCounties;
    private long cases;
    private long caseEvents;
    private long publications;
    private int supervisedCounties;
    private long rounds;
    private long reviewCampaigns;
    private long transfers;
    private long accountabilityFindings;
    private long liveAlerts;
    private long endedAlerts;
    private long supervisionMillis;

    void countyGenerated(RegistryGeneration.County registry, CatalogGeneration.County catalog,
                         PartyGeneration.Generated generated) {
        generatedCounties++;
        agencies += registry.agencies();
        officers += registry.officers();
        certificates += registry.certificates();
        items += catalog.items();
        benchmarks += catalog.benchmarks();
        parties += generated.inserted();
    }

    /** A county of an earlier run that had no inspections got them. */
    void countyCompleted() {
        completedCounties++;
    }

    void inspections(int itemVersions, InspectionGeneration.County made) {
        listedItems += itemVersions;
        plans += made.plans();
        tasks += made.tasks();
        inspectors += made.inspectors();
        approvals += made.approvals();
        scans += made.scans();
        ratings += made.ratings();
        complaints += made.complaints();
        otherVisits += made.otherVisits();
        checkRecords += made.checkRecords();
    }

    void cases(CaseGeneration.County made) {
        casedCounties++;
        cases += made.cases();
        caseEvents += made.events();
    }

    void publications(PublicationGeneration.County made) {
        publications += made.publications();
    }

    void supervision(SupervisionGeneration.County made) {
        supervisedCounties++;
        rounds += made.rounds().rounds();
        reviewCampaigns += made.reviews().campaigns();
        transfers += made.transfers().toPublicSecurity() + made.transfers().toCommission();
        accountabilityFindings += made.accountability().findings();
        liveAlerts += made.alerts().open() + made.alerts().acknowledged();
        endedAlerts += made.alerts().resolved() + made.alerts().dismissed() + made.alerts().cleared();
        supervisionMillis += made.millis();
    }

    String summary(int counties, double seconds) {
        return String.format("生成完成：%d 个县（新生成 %d，补充检查数据 %d），执法主体 %d，执法人员 %d，执法证 %d，执法事项 %d"
                        + "（另补检查事项版本 %d），裁量基准 %d，行政相对人 %d；检查计划 %d，检查任务 %d，检查人员 %d，审批 %d，"
                        + "扫码 %d，企业评价 %d，投诉 %d，非执法入企 %d，检查表单记录 %d；"
                        + "行政处罚案件 %d（%d 个县），全过程记录 %d；处罚决定公示 %d；"
                        + "执法监督（%d 个县，用时 %.1f 秒）：监督轮次 %d，评查活动 %d，三法衔接移送 %d，过错责任追究 %d，"
                        + "监管预警 %d（在办 %d）；用时 %.1f 秒",
                counties, generatedCounties, completedCounties, agencies, officers, certificates, items, listedItems,
                benchmarks, parties, plans, tasks, inspectors, approvals, scans, ratings, complaints, otherVisits,
                checkRecords, cases, casedCounties, caseEvents, publications, supervisedCounties,
                supervisionMillis / 1000.0, rounds, reviewCampaigns, transfers, accountabilityFindings,
                liveAlerts + endedAlerts, liveAlerts, seconds);
    }
}
