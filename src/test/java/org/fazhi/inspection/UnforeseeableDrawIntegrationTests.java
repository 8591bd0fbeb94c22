package org.fazhi.inspection;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.DrawInputs;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.RandomDraw;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.DrawRepository;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.PlanForm;
import org.fazhi.inspection.plan.PlanStatus;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.inspection.plan.PublicValue;
import org.fazhi.inspection.plan.PublishedDraws;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.inspection.InspectionTestData.SESSION_VALUE;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;

/**
 * Nobody, the operator included, can know a plan's outcome when it is published: the seed combines the sealed secret
 * with a public value that does not exist yet, the draw waits for it, and the value is entered once.
 */
@FazhiIntegrationTest
class UnforeseeableDrawIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Plans plans;
    @Autowired PlanDraws draws;
    @Autowired PublishedDraws published;
    @Autowired DrawRepository drawRepository;
    @Autowired FieldCipher cipher;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    /**
     * At publication the operator holds everything but the public value: the frozen inputs, and (with the database
     * and the key file) the secret itself. Every value the session might produce gives another outcome, so none is
     * fixed yet; a session value has 10^8 possible forms. The public, without the secret, cannot even do that.
     */
    @Test
    void atPublicationNoOutcomeCanBeComputedNotEvenWithTheSecret() {
        Inspecting inspecting = data.agency("不可预知局", 4);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        String secret = cipher.decrypt(jdbc.sql("select seed_cipher from inspection.plan where id = ?")
                .param(plan.id()).query(String.class).single());
        DrawInputs frozen = draws.inputs(plan, "-");

        assertThat(published.document(plan.id())).isEmpty();
        assertThat(plan.randomness().commitment(secret, clock.getZone())).isEqualTo(plan.seedCommitment());
        List<DrawOutcome> foreseen = IntStream.range(0, 20).mapToObj("%08d"::formatted)
                .map(value -> drawWith(frozen, CombinedSeed.seedOf(secret, value))).toList();
        DrawOutcome guessedWithoutSecret = drawWith(frozen,
                CombinedSeed.seedOf(plan.seedCommitment(), SESSION_VALUE.value()));

        DrawRecord draw = draws.draw(supervisor(), plan.id(), plan.version(), SESSION_VALUE);
        DrawOutcome actual = new DrawOutcome(drawRepository.assignments(draw.id()), draw.unstaffed());

        assertThat(foreseen).doesNotHaveDuplicates().doesNotContain(actual);
        assertThat(actual).isNotEqualTo(guessedWithoutSecret)
                .isEqualTo(drawWith(frozen, CombinedSeed.seedOf(secret, SESSION_VALUE.value())));
        assertThat(draw.secret()).isEqualTo(secret);
        assertThat(published.verify(plan.id())).get().satisfies(result -> assertThat(result.matches()).isTrue());
    }

    @Test
    void theDrawWaitsForTheMomentAndForAWellFormedValue() {
        Inspecting inspecting = data.agency("读取时刻局", 3);
        InspectionPlan waiting = data.published(inspecting, InspectionTestData.form(inspecting, null));
        InspectionPlan ready = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));

        assertThatThrownBy(() -> draws.draw(supervisor(), waiting.id(), waiting.version(), SESSION_VALUE))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("inspection.plan.draw.before-reading");
                    assertThat(refused.arguments()).containsExactly(
                            waiting.drawOn() + " 09:30", "公开抽签会");
                });
        assertThat(problemOf(ready, new PublicValue(" ", SESSION_VALUE.witnesses())))
                .isEqualTo("inspection.plan.draw.value.required");
        assertThat(problemOf(ready, new PublicValue("4041736", SESSION_VALUE.witnesses())))
                .isEqualTo("inspection.plan.draw.value.form");
        assertThat(problemOf(ready, new PublicValue("40417362", List.of("王见证"))))
                .isEqualTo("inspection.plan.draw.witnesses.required");
        assertThat(drawRepository.enteredValue(ready.id())).isEmpty();
        assertThat(plans.get(supervisor(), ready.id()).status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void thePublicValueIsEnteredOnceAndNeitherItNorTheAnnouncementChanges() {
        Inspecting inspecting = data.agency("录入一次局", 3);
        long planId = data.drawn(inspecting, InspectionTestData.form(inspecting, null)).planId();
        int version = plans.get(supervisor(), planId).version();

        assertThatThrownBy(() -> draws.draw(supervisor(), planId, version,
                new PublicValue("12345678", SESSION_VALUE.witnesses())))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.plan.draw.value-entered");
        assertThatThrownBy(() -> jdbc.sql("update inspection.public_value set value = '12345678' where plan_id = ?")
                .param(planId).update()).hasMessageContaining("entered once and is never changed");
        assertThatThrownBy(() -> jdbc.sql("update inspection.plan set reading_at = reading_at + interval '1 day'"
                + " where id = ?").param(planId).update()).hasMessageContaining("reading moment are fixed");
        assertThat(drawRepository.enteredValue(planId)).get().satisfies(entered -> {
            assertThat(entered.value()).isEqualTo("40417362");
            assertThat(entered.witnesses()).containsExactly("王见证", "李见证");
            assertThat(entered.enteredBy()).startsWith("test-supervisor");
        });
    }

    @Test
    void publicationNeedsAPublicValueStillToCome() {
        Inspecting inspecting = data.agency("未到时刻局", 2);
        PlanForm form = InspectionTestData.form(inspecting, null);
        LocalDateTime anHourAgo = LocalDateTime.now(clock.getZone()).minusHours(1);

        assertThatThrownBy(() -> plans.create(agencyAdmin(inspecting.agency()),
                InspectionTestData.reading(form, "SESSION", null, anHourAgo)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.plan.reading-at.past");
        InspectionPlan approvedEarlier = clock.earlierBy(Duration.ofHours(2), () -> data.approved(inspecting,
                InspectionTestData.reading(form, "SESSION", null, anHourAgo)));
        assertThatThrownBy(() -> draws.publish(supervisor(), approvedEarlier.id(), approvedEarlier.version()))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.plan.publish.reading-passed");
    }

    @Test
    void aLotteryIsNamedByItsIssueAndReadInItsOwnForm() {
        Inspecting inspecting = data.agency("彩票局", 3);
        PlanForm form = InspectionTestData.form(inspecting, null);
        LocalDateTime yesterdayEvening = LocalDateTime.now(clock.getZone()).minusDays(1).withHour(21).withMinute(15);

        assertThatThrownBy(() -> plans.create(agencyAdmin(inspecting.agency()),
                InspectionTestData.reading(form, "SSQ", null, yesterdayEvening.plusDays(2))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.plan.randomness.issue.form");
        InspectionPlan plan = clock.earlierBy(Duration.ofDays(2), () -> data.published(inspecting,
                InspectionTestData.reading(form, "SSQ", "2026140", yesterdayEvening)));
        assertThat(problemOf(plan, new PublicValue("3 12 25 31 33 06 + 07", List.of())))
                .isEqualTo("inspection.plan.draw.value.form");

        draws.draw(supervisor(), plan.id(), plan.version(), new PublicValue("03 12 25 31 33 06 + 07", List.of()));

        CombinedSeed seed = (CombinedSeed) published.document(plan.id()).orElseThrow().seed();
        assertThat(seed.announced().source()).isEqualTo("中国福利彩票双色球");
        assertThat(seed.announced().issue()).isEqualTo("2026140");
        assertThat(seed.entry().witnesses()).isEmpty();
        assertThat(published.verify(plan.id())).get().satisfies(result -> assertThat(result.matches()).isTrue());
    }

    private String problemOf(InspectionPlan plan, PublicValue value) {
        try {
            draws.draw(supervisor(), plan.id(), plan.version(), value);
        } catch (InvalidInput refused) {
            return refused.problems().get(0).messageKey();
        }
        throw new AssertionError("the draw took " + value);
    }

    private static DrawOutcome drawWith(DrawInputs frozen, String seed) {
        return RandomDraw.run(new DrawInputs(frozen.rules(), frozen.parties(), frozen.inspectors(), frozen.conflicts(),
                seed));
    }
}
