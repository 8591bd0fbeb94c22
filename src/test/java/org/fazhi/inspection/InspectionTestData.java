package org.fazhi.inspection;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.fazhi.TestClock;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.checklist.ChecklistForm;
import org.fazhi.catalog.checklist.Checklists;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyLocations;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.conflict.ConflictDeclarations;
import org.fazhi.inspection.conflict.ConflictForm;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.PlanForm;
import org.fazhi.inspection.plan.PlanKind;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.inspection.plan.PublicValue;
import org.fazhi.inspection.plan.RandomnessSources;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.JointVisits;
import org.fazhi.inspection.task.TaskForm;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskOrigin;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.fazhi.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;

/** An agency with certified officers and an inspection item, and plans for it, made through the real services. */
@Component
public class InspectionTestData {

    /** An agency ready to inspect: its officers (each with a valid certificate) and one inspection item. */
    public record Inspecting(Agency agency, List<Officer> officers, ItemRef item) {
    }

    /** What a public drawing session produced, with its two witnesses. */
    public static final PublicValue SESSION_VALUE = new PublicValue("40417362", List.of("王见证", "李见证"));

    private final RegistryTestData registry;
    private final BenchmarkTestData catalog;
    private final Plans plans;
    private final PlanDraws draws;
    private final ConflictDeclarations conflicts;
    private final Parties parties;
    private final TestClock clock;
    private final Checklists checklists;
    private final Tasks tasks;
    private final JointVisits jointVisits;
    private final PartyLocations locations;

    InspectionTestData(RegistryTestData registry, BenchmarkTestData catalog, Plans plans, PlanDraws draws,
                       ConflictDeclarations conflicts, Parties parties, TestClock clock, Checklists checklists,
                       Tasks tasks, JointVisits jointVisits, PartyLocations locations) {
        this.parties = parties;
        this.clock = clock;
        this.tasks = tasks;
        this.jointVisits = jointVisits;
        this.checklists = checklists;
        this.locations = locations;
        this.registry = registry;
        this.catalog = catalog;
        this.plans = plans;
        this.draws = draws;
        this.conflicts = conflicts;
    }

    /** An operating enterprise of the test county; {@code fiveAbove} marks it a 五上企业. */
    public Party enterprise(boolean fiveAbove) {
        return parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.ENTERPRISE,
                EntitiesTestData.enterpriseCode(), "检查测试" + EntitiesTestData.tradeName() + "有限公司", "410425102",
                "测试路1号", "C13", null, fiveAbove, "联系人", "13912345678", PartyStatus.OPERATING, CreditGrade.B,
                List.of(), 0));
    }

    /** An enterprise of the test county whose registered address lies at {@code at}. */
    public Party enterpriseAt(GeoPoint at) {
        Party party = enterprise(false);
        return locations.locate(RegistryTestData.admin(), party.id(), party.version(), at);
    }

    /** An officer's account that names the officer, as an administrator links it (扫照签到 needs it). */
    public static SignedInUser inspector(Inspecting inspecting, Officer officer) {
        SignedInUser anyOfficer = RegistryTestData.user(Role.OFFICER, inspecting.agency().id());
        return new SignedInUser(anyOfficer.accountId(), anyOfficer.getUsername(), officer.name(), Role.OFFICER,
                anyOfficer.region(), inspecting.agency().id(), null, officer.id(), true, false, false, null);
    }

    /** A 个案检查 by the first two officers, asked for and approved: its visit code works from today. */
    public InspectionTask approvedCase(Inspecting inspecting, Party party) {
        InspectionTask task = tasks.create(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()),
                caseForm(inspecting, party));
        return tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
    }

    /** A 个案检查 form for the party by two of the agency's officers, from today for a week. */
    public static TaskForm caseForm(Inspecting inspecting, @Nullable Party party) {
        LocalDate today = LocalDate.now();
        return new TaskForm(TaskKind.CASE, TaskOrigin.COMPLAINT, "12345 热线转办", party == null ? "" : party.creditCode(),
                List.of(inspecting.item().id()), inspecting.officers().stream().limit(2).map(Officer::id).toList(),
                today, today.plusDays(7), false);
    }

    public static TaskForm routineForm(Inspecting inspecting, Party party, LocalDate from) {
        return new TaskForm(TaskKind.SPECIAL, TaskOrigin.CAMPAIGN, "专项行动", party.creditCode(),
                List.of(inspecting.item().id()), inspecting.officers().stream().limit(2).map(Officer::id).toList(),
                from, from.plusDays(7), false);
    }

    /** Gives the agency's inspection item a checklist of these points (检查内容), each with a standard and basis. */
    public List<CheckPoint> checklist(Inspecting inspecting, String... contents) {
        List<ChecklistForm.Row> rows = Arrays.stream(contents).map(content -> new ChecklistForm.Row(null,
                null, content, content + "符合规定", "《中华人民共和国食品安全法》第五十三条", false, false)).toList();
        return checklists.save(RegistryTestData.admin(), inspecting.item().id(),
                new ChecklistForm(rows, catalog.version(inspecting.item().id())));
    }

    /** A 个案检查 of the party asked for by one of the agency's officers and approved: open for its form. */
    public InspectionTask approvedTask(Inspecting inspecting, Party party) {
        InspectionTask asked = tasks.create(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()),
                caseForm(inspecting, party));
        return tasks.decide(agencyAdmin(inspecting.agency()), asked.id(), asked.version(), true, null);
    }

    /**
     * 综合查一次: both agencies ask to visit the party this week, the lead's visit is approved, and both legal
     * offices accept the proposal to merge them; the result is the lead's task carrying both agencies.
     */
    public InspectionTask jointVisit(Inspecting lead, Inspecting other, Party party) {
        LocalDate today = LocalDate.now();
        InspectionTask asked = tasks.create(RegistryTestData.user(Role.OFFICER, lead.agency().id()),
                routineForm(lead, party, today));
        tasks.decide(agencyAdmin(lead.agency()), asked.id(), asked.version(), true, null);
        tasks.create(RegistryTestData.user(Role.OFFICER, other.agency().id()), routineForm(other, party, today));
        JointVisits.Proposal proposal = jointVisits.open(agencyAdmin(lead.agency())).stream()
                .filter(open -> open.partyId() == party.id()).findFirst().orElseThrow();
        jointVisits.accept(agencyAdmin(lead.agency()), proposal.id());
        long merged = jointVisits.accept(agencyAdmin(other.agency()), proposal.id()).orElseThrow();
        return tasks.get(supervisor(), merged);
    }

    /** Another inspection item of the agency, besides the one it was made with. */
    public ItemRef anotherInspectionItem(Inspecting inspecting) {
        return catalog.item(inspecting.agency(), ItemCategory.INSPECTION, BenchmarkTestData.SINCE, null);
    }

    public ItemRef penaltyItem(Inspecting inspecting) {
        return catalog.penaltyItem(inspecting.agency());
    }

    /** The officer declares (through the legal office) that he or she lives in the township. */
    public void declareResidence(Inspecting inspecting, Officer officer, String township) {
        conflicts.declare(agencyAdmin(inspecting.agency()),
                new ConflictForm(officer.id(), null, township, "本人居住在该乡镇"));
    }

    public Inspecting agency(String namePrefix, int officerCount) {
        Agency agency = registry.agency(namePrefix);
        LocalDate today = LocalDate.now();
        List<Officer> officers = java.util.stream.IntStream.range(0, officerCount).mapToObj(i -> {
            Officer officer = registry.officer(agency);
            registry.certificate(officer, today.minusMonths(3), today.plusYears(3));
            return officer;
        }).toList();
        ItemRef item = catalog.item(agency, ItemCategory.INSPECTION, BenchmarkTestData.SINCE, null);
        return new Inspecting(agency, officers, item);
    }

    /** A plan over two months from today whose public drawing session is tomorrow morning. */
    public static PlanForm form(Inspecting inspecting, @Nullable List<String> townships) {
        LocalDate today = LocalDate.now();
        return new PlanForm("双随机抽查计划" + RegistryTestData.suffix(), PlanKind.SPECIAL, inspecting.agency().id(),
                List.of(), List.of(inspecting.item().id()), townships, List.of(), today, today.plusMonths(2),
                new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("50"),
                new BigDecimal("10"), 2, null, true, RandomnessSources.SESSION, null,
                today.plusDays(1).atTime(9, 30), 0);
    }

    /** The same plan, reading its public value from another source at another moment. */
    public static PlanForm reading(PlanForm form, String source, @Nullable String issue, LocalDateTime readingAt) {
        return new PlanForm(form.name(), form.kind(), form.leadAgencyId(), form.otherAgencyIds(), form.itemIds(),
                form.townships(), form.industries(), form.periodFrom(), form.periodTo(), form.percentA(),
                form.percentB(), form.percentC(), form.percentD(), form.percentUnrated(), form.inspectorsPerParty(),
                form.capPerInspector(), form.avoidResidence(), source, issue, readingAt, form.version());
    }

    /** A plan drafted by the agency's legal office and approved by the justice bureau. */
    public InspectionPlan approved(Inspecting inspecting, PlanForm form) {
        InspectionPlan plan = plans.create(agencyAdmin(inspecting.agency()), form);
        return plans.approve(supervisor(), plan.id(), plan.version());
    }

    public InspectionPlan published(Inspecting inspecting, PlanForm form) {
        InspectionPlan plan = approved(inspecting, form);
        return draws.publish(supervisor(), plan.id(), plan.version());
    }

    /**
     * The plan drafted, approved and published {@code ago} before now (at least two hours), its public drawing
     * session held an hour later: its value may be entered and the plan drawn now.
     */
    public InspectionPlan readyToDraw(Inspecting inspecting, PlanForm form, Duration ago) {
        return readyToDraw(inspecting, form, ago, () -> { });
    }

    /** The same, with {@code beforehand} done at that earlier time just before the plan is drafted. */
    public InspectionPlan readyToDraw(Inspecting inspecting, PlanForm form, Duration ago, Runnable beforehand) {
        LocalDateTime session = LocalDateTime.now(clock.getZone()).minus(ago).plusHours(1);
        return clock.earlierBy(ago, () -> {
            beforehand.run();
            return published(inspecting, reading(form, RandomnessSources.SESSION, null, session));
        });
    }

    public InspectionPlan readyToDraw(Inspecting inspecting, PlanForm form) {
        return readyToDraw(inspecting, form, Duration.ofHours(2));
    }

    /** The plan published two hours ago and drawn now with the public session's value. */
    public DrawRecord drawn(Inspecting inspecting, PlanForm form) {
        InspectionPlan plan = readyToDraw(inspecting, form);
        return draws.draw(supervisor(), plan.id(), plan.version(), SESSION_VALUE);
    }
}
