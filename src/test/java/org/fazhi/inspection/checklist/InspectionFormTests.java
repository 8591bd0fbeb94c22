package org.fazhi.inspection.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form of an inspection (检查表单): how a joint visit's points are grouped, and how the result follows from them. */
class InspectionFormTests {

    private static final long MARKET = 1;
    private static final long FIRE = 2;
    private static final ItemSummary FOOD = item(10, MARKET, "JC-01-001", "对食品生产经营者的监督检查");
    private static final ItemSummary SAFETY = item(20, FIRE, "JC-29-001", "消防监督检查");
    private static final CheckPoint LICENCE = point(101, FOOD, 1, "许可证件", "《中华人民共和国食品安全法》第三十五条");
    private static final CheckPoint PURCHASES = point(102, FOOD, 2, "进货查验记录", "《中华人民共和国食品安全法》第五十三条");
    private static final CheckPoint EXITS = point(201, SAFETY, 1, "疏散通道和安全出口", "《中华人民共和国消防法》第十六条");

    @Test
    void aJointVisitsFormGroupsThePointsByAgencyLeadFirstThenByItem() {
        InspectionForm form = InspectionForm.of(FIRE, List.of(FIRE, MARKET), List.of(FOOD, SAFETY),
                checklists(), List.of());

        assertThat(form.agencies()).extracting(InspectionForm.AgencySection::agencyId).containsExactly(FIRE, MARKET);
        assertThat(form.agencies().get(0).lead()).isTrue();
        assertThat(form.agencies().get(1).items()).singleElement().satisfies(section -> {
            assertThat(section.item()).isEqualTo(FOOD);
            assertThat(section.entries()).extracting(entry -> entry.point().content())
                    .containsExactly("许可证件", "进货查验记录");
            assertThat(section.entries()).allSatisfy(entry -> assertThat(entry.agencyId()).isEqualTo(MARKET));
        });
        assertThat(form.entries()).extracting(entry -> entry.point().id()).containsExactly(201L, 101L, 102L);
        assertThat(form.missing()).hasSize(3);
    }

    @Test
    void anItemOfAnAgencyNotTakingPartCountsAsTheLeadAgencys() {
        InspectionForm form = InspectionForm.of(MARKET, List.of(MARKET), List.of(FOOD, SAFETY), checklists(),
                List.of());

        assertThat(form.agencies()).singleElement().satisfies(agency -> {
            assertThat(agency.agencyId()).isEqualTo(MARKET);
            assertThat(agency.items()).hasSize(2);
        });
    }

    @Test
    void aRecordOfAPointNoLongerOnTheChecklistIsKeptAsWithdrawnAndDoesNotCount() {
        CheckRecord stale = record(999, FOOD, CheckOutcome.NONCONFORMING, "已删除的检查项");
        InspectionForm form = InspectionForm.of(MARKET, List.of(MARKET), List.of(FOOD),
                Map.of(FOOD.id(), List.of(LICENCE)), List.of(stale, record(LICENCE, CheckOutcome.CONFORMS)));

        assertThat(form.agencies().get(0).items().get(0).withdrawn()).containsExactly(stale);
        assertThat(form.nonconforming()).isEmpty();
        assertThat(form.recordedCount()).isEqualTo(1);
        assertThatCode(() -> form.checkConclusion(InspectionResult.NO_PROBLEM, null)).doesNotThrowAnyException();
    }

    @Test
    void aFormWithAPointNotRecordedCannotConclude() {
        InspectionForm form = foodForm(record(LICENCE, CheckOutcome.CONFORMS));

        assertThatThrownBy(() -> form.checkConclusion(InspectionResult.NO_PROBLEM, null))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.conclude.incomplete")
                .satisfies(refusal -> assertThat(((RuleViolation) refusal).arguments())
                        .containsExactly(1, FOOD.name(), 2, "进货查验记录"));
    }

    @Test
    void aNonconformingPointRefusesNoProblemAndCitesItsLegalBasis() {
        InspectionForm form = foodForm(record(LICENCE, CheckOutcome.CONFORMS),
                record(PURCHASES, CheckOutcome.NONCONFORMING));

        assertThatThrownBy(() -> form.checkConclusion(InspectionResult.NO_PROBLEM, "一切正常"))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.conclude.nonconforming")
                .satisfies(refusal -> assertThat(((RuleViolation) refusal).legalBasis())
                        .isEqualTo("《中华人民共和国食品安全法》第五十三条"));
        assertThatCode(() -> form.checkConclusion(InspectionResult.RECTIFICATION, null)).doesNotThrowAnyException();
        assertThatCode(() -> form.checkConclusion(InspectionResult.CASE_TO_FILE, null)).doesNotThrowAnyException();
        assertThat(form.nonconforming()).extracting(entry -> entry.point().id()).containsExactly(PURCHASES.id());
    }

    @Test
    void everyPointConformingOrNotApplicableMeansNoProblemUnlessTheNoteSaysWhyNot() {
        InspectionForm form = foodForm(record(LICENCE, CheckOutcome.CONFORMS),
                record(PURCHASES, CheckOutcome.NOT_APPLICABLE));

        assertThatCode(() -> form.checkConclusion(InspectionResult.NO_PROBLEM, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> form.checkConclusion(InspectionResult.RECTIFICATION, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.conclude.reason-required");
        assertThatCode(() -> form.checkConclusion(InspectionResult.RECTIFICATION, "现场发现表单之外的安全隐患"))
                .doesNotThrowAnyException();
    }

    @Test
    void aFormThatAsksNothingLeavesTheResultToTheInspectors() {
        InspectionForm form = InspectionForm.of(MARKET, List.of(MARKET), List.of(FOOD), Map.of(), List.of());

        assertThat(form.isEmpty()).isTrue();
        assertThatCode(() -> form.checkConclusion(InspectionResult.CASE_TO_FILE, null)).doesNotThrowAnyException();
    }

    private static InspectionForm foodForm(CheckRecord... records) {
        return InspectionForm.of(MARKET, List.of(MARKET), List.of(FOOD), Map.of(FOOD.id(), List.of(LICENCE,
                PURCHASES)), List.of(records));
    }

    private static Map<Long, List<CheckPoint>> checklists() {
        return Map.of(FOOD.id(), List.of(LICENCE, PURCHASES), SAFETY.id(), List.of(EXITS));
    }

    private static ItemSummary item(long id, long agencyId, String code, String name) {
        return new ItemSummary(id, RegionCode.of("410425"), agencyId, code, name, ItemCategory.INSPECTION, true,
                LocalDate.of(2024, 1, 1), null);
    }

    private static CheckPoint point(long id, ItemSummary item, int position, String content, String basis) {
        return new CheckPoint(id, item.id(), position, content, content + "符合要求", basis, position == 1);
    }

    private static CheckRecord record(CheckPoint point, CheckOutcome outcome) {
        return new CheckRecord(7, point.id(), point.itemId(), MARKET, point.position(), point.content(),
                point.standard(), point.legalBasis(), point.keyPoint(), outcome,
                outcome == CheckOutcome.NONCONFORMING ? "记录不全" : null, false, "officer", Instant.now(), 0, List.of());
    }

    private static CheckRecord record(long pointId, ItemSummary item, CheckOutcome outcome, String content) {
        return new CheckRecord(7, pointId, item.id(), MARKET, 9, content, "标准", null, false, outcome, "问题", false,
                "officer", Instant.now(), 0, List.of());
    }
}
