package org.fazhi.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.ItemCategory;
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
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.PlanForm;
import org.fazhi.inspection.plan.PlanKind;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.inspection.plan.SeedMode;
import org.fazhi.inspection.task.InspectionTask;
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

    private final RegistryTestData registry;
    private final BenchmarkTestData catalog;
    private final Plans plans;
    private final PlanDraws draws;
    private final ConflictDeclarations conflicts;
    private final Parties parties;
    private final PartyLocations locations;
    private final Tasks tasks;

    InspectionTestData(RegistryTestData registry, BenchmarkTestData catalog, Plans plans, PlanDraws draws,
                       ConflictDeclarations conflicts, Parties parties, PartyLocations locations, Tasks tasks) {
        this.parties = parties;
        this.locations = locations;
        this.tasks = tasks;
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

    public static PlanForm form(Inspecting inspecting, @Nullable List<String> townships) {
        LocalDate today = LocalDate.now();
        return new PlanForm("双随机抽查计划" + RegistryTestData.suffix(), PlanKind.SPECIAL, inspecting.agency().id(),
                List.of(), List.of(inspecting.item().id()), townships, List.of(), today, today.plusMonths(2),
                new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("50"),
                new BigDecimal("10"), 2, null, true, SeedMode.COMMITTED, null, today, 0);
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
}
