package org.fazhi.inspection;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.draw.Assignment;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.DrawRepository;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.PlanForm;
import org.fazhi.inspection.plan.PlanStatus;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.inspection.plan.PublishedDraws;
import org.fazhi.inspection.plan.SeedMode;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.officer.Officer;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;

/** A plan's life on PostgreSQL: drafted, approved, published (directories frozen), drawn once, verified. */
@FazhiIntegrationTest
class PlanDrawIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Plans plans;
    @Autowired PlanDraws draws;
    @Autowired PublishedDraws published;
    @Autowired DrawRepository drawRepository;
    @Autowired JdbcClient jdbc;

    @Test
    void drawsOnceFromTheFrozenDirectoriesAndVerifies() {
        Inspecting inspecting = data.agency("抽查局", 4);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.seedMode()).isEqualTo(SeedMode.COMBINED);
        assertThat(plan.seedCommitment()).matches("[0-9a-f]{64}");

        DrawRecord draw = draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);

        assertThat(draw.selected()).isPositive();
        Set<Long> officers = new HashSet<>(inspecting.officers().stream().map(Officer::id).toList());
        List<Assignment> assignments = drawRepository.assignments(draw.id());
        assertThat(assignments).hasSize(draw.selected()).allSatisfy(assignment -> {
            assertThat(assignment.officerIds()).hasSize(2).doesNotHaveDuplicates();
            assertThat(officers).containsAll(assignment.officerIds());
        });
        assertThat(assignments.stream().map(Assignment::partyId)).doesNotHaveDuplicates();
        assertThat(published.verify(plan.id())).get().satisfies(result -> assertThat(result.matches()).isTrue());
        InspectionPlan drawn = plans.get(supervisor(), plan.id());
        assertThat(drawn.status()).isEqualTo(PlanStatus.DRAWN);
        assertThatThrownBy(() -> draws.draw(supervisor(), plan.id(), drawn.version(), InspectionTestData.SESSION_VALUE))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.plan.draw.value-entered");
    }

    @Test
    void verificationDetectsAChangedRecord() {
        Inspecting inspecting = data.agency("核验局", 3);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        DrawRecord draw = draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);
        long other = inspecting.officers().stream().map(Officer::id)
                .filter(id -> !drawRepository.assignments(draw.id()).get(0).officerIds().contains(id))
                .findFirst().orElseThrow();

        jdbc.sql("update inspection.draw_assignment set officer_ids[1] = ? where draw_id = ? and position = 0")
                .params(other, draw.id()).update();

        var result = published.verify(plan.id()).orElseThrow();
        assertThat(result.matches()).isFalse();
        assertThat(result.findings()).first().asString().contains("检查人员");
    }

    @Test
    void theDocumentCarriesEverythingToRecomputeTheDraw() throws Exception {
        Inspecting inspecting = data.agency("公开局", 3);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);

        PublishedDraw document = published.document(plan.id()).orElseThrow();
        var bytes = new java.io.ByteArrayOutputStream();
        document.writeTo(bytes);
        PublishedDraw read = PublishedDraw.readFrom(new java.io.ByteArrayInputStream(bytes.toByteArray()));

        assertThat(new org.fazhi.inspection.draw.DrawVerifier().verify(read).matches()).isTrue();
        assertThat(read.format()).isEqualTo(PublishedDraw.FORMAT);
        CombinedSeed seed = (CombinedSeed) read.seed();
        assertThat(seed.announced().commitment()).isEqualTo(plan.seedCommitment());
        assertThat(seed.announced().source()).isEqualTo("公开抽签会");
        assertThat(seed.entry().publicValue()).isEqualTo("40417362");
        assertThat(seed.entry().witnesses()).containsExactly("王见证", "李见证");
        assertThat(seed.entry().enteredBy()).startsWith("test-supervisor");
    }

    @Test
    void aResidenceConflictKeepsTheOfficerAwayFromHisTownship() {
        Inspecting inspecting = data.agency("回避局", 3);
        String township = jdbc.sql("""
                select region_code from entities.party where region_code like '410425%' and length(region_code) = 9
                 group by region_code order by count(*) desc limit 1""").query(String.class).single();
        Officer living = inspecting.officers().get(0);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, List.of(township)),
                Duration.ofHours(2), () -> data.declareResidence(inspecting, living, township));

        DrawRecord draw = draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);

        assertThat(draw.selected()).isPositive();
        assertThat(drawRepository.assignments(draw.id()))
                .allSatisfy(assignment -> assertThat(assignment.officerIds()).doesNotContain(living.id()));
    }

    @Test
    void refusesWhatTheRulesForbid() {
        Inspecting inspecting = data.agency("规则局", 2);
        Inspecting stranger = data.agency("外单位", 2);
        PlanForm form = InspectionTestData.form(inspecting, null);
        InspectionPlan draft = plans.create(agencyAdmin(inspecting.agency()), form);

        assertThatThrownBy(() -> plans.get(agencyAdmin(stranger.agency()), draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> draws.publish(supervisor(), draft.id(), draft.version()))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.plan.publish.not-approved");
        assertThatThrownBy(() -> published.plan(draft.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> plans.create(agencyAdmin(stranger.agency()), form))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.plan.lead.not-yours");
        PlanForm penaltyItem = new PlanForm(form.name(), form.kind(), form.leadAgencyId(), List.of(),
                List.of(data.penaltyItem(inspecting).id()), null, null, form.periodFrom(), form.periodTo(),
                form.percentA(), form.percentB(), form.percentC(), form.percentD(), form.percentUnrated(), 2, null,
                true, form.randomnessSource(), null, form.readingAt(), 0);
        assertThatThrownBy(() -> plans.create(supervisor(), penaltyItem))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.plan.items.not-listed");
    }

    @Test
    void theDrafterDoesNotApprove() {
        Inspecting inspecting = data.agency("等待局", 2);
        var drafter = agencyAdmin(inspecting.agency());
        InspectionPlan plan = plans.create(drafter, InspectionTestData.form(inspecting, null));

        assertThatThrownBy(() -> plans.approve(drafter, plan.id(), plan.version()))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.plan.approve.own");
        assertThat(plans.approve(supervisor(), plan.id(), plan.version()).status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aCancelledDrawStaysOnRecordWithItsReason() {
        Inspecting inspecting = data.agency("撤销局", 3);
        long planId = data.drawn(inspecting, InspectionTestData.form(inspecting, null)).planId();
        InspectionPlan drawn = plans.get(supervisor(), planId);

        assertThatThrownBy(() -> draws.cancel(supervisor(), planId, drawn.version(), " "))
                .isInstanceOf(InvalidInput.class);
        InspectionPlan cancelled = draws.cancel(supervisor(), planId, drawn.version(), "检查事项调整");

        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        DrawRecord draw = published.draw(published.plan(planId)).orElseThrow();
        assertThat(draw.cancelled()).isTrue();
        assertThat(draw.cancelReason()).isEqualTo("检查事项调整");
        assertThat(published.verify(planId)).get().satisfies(result -> assertThat(result.matches()).isTrue());
    }
}
