package org.fazhi.inspection.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default public randomness sources: the forms their issues and values take, and what a typo gets back. */
class RandomnessSourcesTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RandomnessSources sources = new RandomnessSources(null);

    @Test
    void eachDefaultSourceTakesItsExampleAndRefusesATypo() {
        RandomnessSource ssq = sources.find("SSQ").orElseThrow();
        RandomnessSource dlt = sources.find("DLT").orElseThrow();
        RandomnessSource session = sources.session();

        assertThat(ssq.acceptsValue("03 12 25 31 33 05 + 07")).isTrue();
        assertThat(List.of("3 12 25 31 33 05 + 07", "03 12 25 31 33 34 + 07", "03 12 25 31 33 05 + 17",
                "03 12 25 31 33 05 07", "03,12,25,31,33,05+07")).noneMatch(ssq::acceptsValue);
        assertThat(ssq.acceptsIssue("2026140")).isTrue();
        assertThat(ssq.acceptsIssue("26140")).isFalse();
        assertThat(dlt.acceptsValue("04 11 19 27 33 + 02 09")).isTrue();
        assertThat(dlt.acceptsValue("04 11 19 27 36 + 02 09")).isFalse();
        assertThat(dlt.acceptsIssue("26140")).isTrue();
        assertThat(session.acceptsValue("40417362")).isTrue();
        assertThat(session.acceptsValue("4041736")).isFalse();
        assertThat(session.acceptsIssue(null)).isTrue();
        assertThat(session.acceptsIssue("2026140")).as("ignored").isTrue();
        assertThat(session.isWitnessed()).isTrue();
        assertThat(ssq.isWitnessed()).isFalse();
    }

    @Test
    void aCountyListReplacesTheDefaults() {
        RandomnessSource dice = new RandomnessSource("DICE", "县公证处掷骰", null, null, "掷骰时刻", "[1-6]{10}",
                "十枚骰子的点数", 3);

        RandomnessSources county = new RandomnessSources(List.of(dice));

        assertThat(county.sources()).containsExactly(dice);
        assertThat(county.find("SSQ")).isEmpty();
        assertThat(county.session().code()).isEqualTo(RandomnessSources.SESSION);
        assertThatThrownBy(() -> new RandomnessSource("双色球", "x", null, null, "m", ".*", "v", 0))
                .hasMessageContaining("code");
    }

    @Test
    void anEntrySaysWhatFormTheValueShouldTake() {
        PublicRandomness ssq = new PublicRandomness("SSQ", "中国福利彩票双色球", "2026140", Instant.now());
        PublicRandomness session = new PublicRandomness("SESSION", "公开抽签会", null, Instant.now());

        assertThat(problems(ssq, new PublicValue("03 12 25 31 33 05+07", List.of()))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("publicValue");
                    assertThat(problem.messageKey()).isEqualTo("inspection.plan.draw.value.form");
                    assertThat(problem.arguments()).containsExactly("中国福利彩票双色球",
                            sources.find("SSQ").orElseThrow().valueForm());
                });
        assertThat(problems(session, PublicValue.of("40417362", "王见证"))).extracting(FieldProblem::messageKey)
                .containsExactly("inspection.plan.draw.witnesses.required");
        assertThat(problems(session, PublicValue.of("40417362", "王见证、 李见证"))).isEmpty();
        assertThat(PublicValue.of(" 40417362 ", "王见证，李见证 ,").witnesses()).containsExactly("王见证", "李见证");
    }

    @Test
    void aFormNamesAKnownSourceItsIssueAndAMomentToCome() {
        Instant now = Instant.parse("2026-12-04T02:00:00Z");
        LocalDateTime tomorrow = LocalDateTime.of(2026, 12, 5, 21, 15);

        assertThat(problemsWith("SSQ", null, tomorrow, now)).extracting(FieldProblem::messageKey)
                .containsExactly("inspection.plan.randomness.issue.form");
        assertThat(problemsWith("SSQ", "2026141", tomorrow, now)).isEmpty();
        assertThat(problemsWith("LOTTO", null, tomorrow, now)).extracting(FieldProblem::messageKey)
                .containsExactly("inspection.plan.randomness.unknown");
        assertThat(problemsWith("SESSION", null, LocalDateTime.of(2026, 12, 4, 10, 0), now))
                .extracting(FieldProblem::messageKey).containsExactly("inspection.plan.reading-at.past");
        assertThat(sources.announced(form("SESSION", "ignored", tomorrow), BEIJING))
                .isEqualTo(new PublicRandomness("SESSION", "公开抽签会", null, Instant.parse("2026-12-05T13:15:00Z")));
    }

    private List<FieldProblem> problems(PublicRandomness randomness, PublicValue value) {
        try {
            sources.checkEntry(randomness, value);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
    }

    private List<FieldProblem> problemsWith(String source, String issue, LocalDateTime readingAt, Instant now) {
        return sources.problemsWith(form(source, issue, readingAt), now, BEIJING);
    }

    private static PlanForm form(String source, String issue, LocalDateTime readingAt) {
        return new PlanForm("计划", PlanKind.ANNUAL, 1L, List.of(), List.of(1L), null, null, readingAt.toLocalDate(),
                readingAt.toLocalDate().plusMonths(1), null, null, null, null, null, 2, null, true, source, issue,
                readingAt, 0);
    }
}
