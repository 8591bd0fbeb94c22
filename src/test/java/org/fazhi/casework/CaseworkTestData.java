package org.fazhi.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.Decisions;
import org.fazhi.casework.casefile.Investigations;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.ProposalForm;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.benchmark.Benchmarks;
import org.fazhi.catalog.flexible.FlexibleEntryForm;
import org.fazhi.catalog.flexible.FlexibleLists;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An agency ready to handle cases (three certified officers, an inspection item, a penalty item with a published
 * benchmark: 轻微 warning, 一般 ¥1,000-5,000 or warning, 较重 1-3× gains) and an enterprise; clues made the way the
 * county makes them, by concluding an inspection "case to be filed".
 */
@Component
public class CaseworkTestData {

    /** The agency, its penalty item, the party, and one account of its officers and one of its legal office. */
    public record Handling(Inspecting inspecting, ItemRef penaltyItem, Party party, SignedInUser officer,
                           SignedInUser head) {

        public long agencyId() {
            return inspecting.agency().id();
        }

        public List<Long> handlers() {
            return inspecting.officers().stream().limit(2).map(Officer::id).toList();
        }

        /** The third officer: never a handler, so he or she may chair the hearing. */
        public long chair() {
            return inspecting.officers().get(2).id();
        }
    }

    private final InspectionTestData inspections;
    private final RegistryTestData registry;
    private final BenchmarkTestData catalog;
    private final Benchmarks benchmarks;
    private final FlexibleLists flexibleLists;
    private final Tasks tasks;
    private final JdbcClient jdbc;
    private final PenaltyCases cases;
    private final Investigations investigations;
    private final Decisions decisions;

    CaseworkTestData(InspectionTestData inspections, RegistryTestData registry, BenchmarkTestData catalog,
                     Benchmarks benchmarks,
                     FlexibleLists flexibleLists, Tasks tasks, JdbcClient jdbc, PenaltyCases cases,
                     Investigations investigations, Decisions decisions) {
        this.registry = registry;
        this.catalog = catalog;
        this.cases = cases;
        this.investigations = investigations;
        this.decisions = decisions;
        this.inspections = inspections;
        this.benchmarks = benchmarks;
        this.flexibleLists = flexibleLists;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /**
     * Its three officers hold certificates issued at the start of last year (not yet due for a 年审), so that tests
     * may act as if months earlier.
     */
    public Handling agency(String namePrefix) {
        Agency agency = registry.agency(namePrefix);
        LocalDate today = LocalDate.now();
        List<Officer> officers = IntStream.range(0, 3).mapToObj(i -> {
            Officer officer = registry.officer(agency);
            registry.certificate(officer, LocalDate.of(today.getYear() - 1, 1, 2), today.plusYears(3));
            return officer;
        }).toList();
        Inspecting inspecting = new Inspecting(agency, officers,
                catalog.item(agency, ItemCategory.INSPECTION, BenchmarkTestData.SINCE, null));
        ItemRef item = inspections.penaltyItem(inspecting);
        var benchmark = benchmarks.create(RegistryTestData.admin(), BenchmarkTestData.benchmarkForm(item.id()));
        benchmarks.publish(RegistryTestData.admin(), benchmark.id());
        return new Handling(inspecting, item, inspections.enterprise(false),
                RegistryTestData.user(Role.OFFICER, inspecting.agency().id()),
                RegistryTestData.agencyAdmin(inspecting.agency()));
    }

    /** Lists the penalty item on the county's 首违不罚 list since 2025. */
    public void firstOffenceListed(Handling handling) {
        flexibleLists.create(RegistryTestData.admin(), new FlexibleEntryForm(FlexibleListKind.FIRST_OFFENCE,
                handling.penaltyItem().id(), "初次实施该违法行为", "首次违法、危害后果轻微并及时改正",
                "《中华人民共和国行政处罚法》第三十三条第一款", BenchmarkTestData.SINCE, null, 0));
    }

    /** An inspection of the party concluded "case to be filed" today; returns the clue it gave. */
    public long clueFromInspection(Handling handling) {
        InspectionTask task = inspections.approvedTask(handling.inspecting(), handling.party());
        tasks.conclude(handling.officer(), task.id(), task.version(), InspectionResult.CASE_TO_FILE, null, "发现违法行为");
        return caseOfTask(task.id());
    }

    public long caseOfTask(long taskId) {
        return jdbc.sql("select id from casework.penalty_case where source_task_id = ?").param(taskId)
                .query(Long.class).single();
    }

    public int version(long caseId) {
        return jdbc.sql("select version from casework.penalty_case where id = ?").param(caseId)
                .query(Integer.class).single();
    }

    /** A fresh request key for the case's current version. */
    public CaseSteps.Request next(long caseId) {
        return new CaseSteps.Request(UUID.randomUUID().toString(), version(caseId));
    }

    /** A complaint against the party registered today by the agency's officer. */
    public long complaint(Handling h) {
        return cases.registerClue(h.officer(), new PenaltyCases.ClueForm(SourceKind.COMPLAINT, "12345热线" + UUID
                .randomUUID().toString().substring(0, 6), h.party().creditCode(), "群众举报无证经营", null),
                UUID.randomUUID().toString()).caseId();
    }

    /** A complaint filed with the first two officers for the penalty item, the act 10 days ago. */
    public long filed(Handling h) {
        long id = complaint(h);
        cases.fileCase(h.officer(), id, next(id), filing(h, cases.today().minusDays(10)));
        return id;
    }

    public static PenaltyCases.FilingForm filing(Handling h, LocalDate violationOn) {
        return new PenaltyCases.FilingForm(List.of(h.penaltyItem().id()), h.handlers(), "无证经营食品", violationOn,
                false);
    }

    /** Filed, one piece of evidence, the investigation ended proposing a fine in the 一般 tier. */
    public long reviewed(Handling h, String fineYuan) {
        long id = filed(h);
        investigations.recordEvidence(h.officer(), id, next(id), evidence());
        investigations.submitForReview(h.officer(), id, next(id), fine(fineYuan, null), ordinary());
        return id;
    }

    /** Reviewed, notified, the party gave up its rights, and the head decided the same fine. */
    public long decided(Handling h, String fineYuan) {
        long id = reviewed(h, fineYuan);
        investigations.notifyParty(h.officer(), id, next(id));
        investigations.recordStatement(h.officer(), id, next(id), null, true);
        decisions.decide(h.head(), id, next(id), fine(fineYuan, null));
        return id;
    }

    public static Investigations.EvidenceForm evidence() {
        return new Investigations.EvidenceForm(EvidenceKind.INSPECTION_RECORD, "现场检查笔录", "经营场所无食品经营许可证",
                null);
    }

    public static Investigations.Weight ordinary() {
        return new Investigations.Weight(false, false, false);
    }

    /** A warning and a fine in the 一般 tier (¥1,000-5,000); outside it with {@code outsideReason}. */
    public static ProposalForm fine(String yuan, @Nullable String outsideReason) {
        return new ProposalForm(DecisionKind.PENALTY, List.of(PenaltyKind.WARNING, PenaltyKind.FINE),
                new BigDecimal(yuan), null, null, null, "一般", outsideReason, "违法事实清楚，证据确凿");
    }
}
