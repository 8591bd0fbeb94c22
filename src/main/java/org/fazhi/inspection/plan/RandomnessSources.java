package org.fazhi.inspection.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public randomness sources plans may name ({@code fazhi.inspection.randomness.sources[i].code}, {@code .name},
 * ...): the county's list, or when it configures none, the two national lotteries and the bureau's public drawing
 * session. A source removed later stays named by the plans that announced it.
 */
@ConfigurationProperties("fazhi.inspection.randomness")
public record RandomnessSources(@Nullable List<RandomnessSource> sources) {

    /** The code of the public drawing session, the source the data generator simulates. */
    public static final String SESSION = "SESSION";

    private static final String BALL_33 = "(0[1-9]|[12][0-9]|3[0-3])";
    private static final String BALL_35 = "(0[1-9]|[12][0-9]|3[0-5])";
    private static final String BALL_12 = "(0[1-9]|1[0-2])";

    static final List<RandomnessSource> DEFAULTS = List.of(
            new RandomnessSource("SSQ", "中国福利彩票双色球", "20[0-9]{5}", "7 位期号，如 2026140",
                    "该期开奖时间（每周二、四、日 21:15）",
                    BALL_33 + "( " + BALL_33 + "){5} \\+ (0[1-9]|1[0-6])",
                    "6 个红球号码从小到大、再加蓝球号码，均为两位数字，以空格分隔，蓝球前加“+”，如 03 12 25 31 33 05 + 07",
                    0),
            new RandomnessSource("DLT", "中国体育彩票超级大乐透", "[0-9]{5}", "5 位期号，如 26140",
                    "该期开奖时间（每周一、三、六 21:25）",
                    BALL_35 + "( " + BALL_35 + "){4} \\+ " + BALL_12 + " " + BALL_12,
                    "5 个前区号码从小到大、再加 2 个后区号码，均为两位数字，以空格分隔，后区前加“+”，如 04 11 19 27 33 + 02 09",
                    0),
            new RandomnessSource(SESSION, "公开抽签会", null, null,
                    "抽签会上公开产生随机数的时刻（如用摇号机当众摇出）",
                    "[0-9]{8}", "抽签会上当众摇出的 8 位数字，如 40417362；须记录至少两名见证人", 2));

    private static final int MAX_VALUE = 200;
    private static final int MAX_WITNESS_NAME = 30;

    public RandomnessSources {
        sources = sources == null || sources.isEmpty() ? DEFAULTS : List.copyOf(sources);
    }

    @Override
    public List<RandomnessSource> sources() {
        return sources == null ? DEFAULTS : sources;
    }

    public Optional<RandomnessSource> find(@Nullable String code) {
        return sources().stream().filter(source -> source.code().equals(code)).findFirst();
    }

    /** The public drawing session as configured, or as by default when the county lists no session. */
    public RandomnessSource session() {
        return find(SESSION).orElseGet(() -> DEFAULTS.stream().filter(source -> source.code().equals(SESSION))
                .findFirst().orElseThrow());
    }

    /** What a plan form gets wrong about its source, issue and reading moment, by field. */
    List<FieldProblem> problemsWith(PlanForm form, Instant now, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<RandomnessSource> source = find(form.randomnessSource());
        if (form.randomnessSource() != null && !form.randomnessSource().isBlank() && source.isEmpty()) {
            problems.add(FieldProblem.of("randomnessSource", "inspection.plan.randomness.unknown"));
        }
        source.filter(known -> !known.acceptsIssue(form.randomnessIssue())).ifPresent(known -> problems.add(
                FieldProblem.of("randomnessIssue", "inspection.plan.randomness.issue.form", known.name(),
                        String.valueOf(known.issueForm()))));
        if (form.readingAt() != null && !form.readingAt().atZone(zone).toInstant().isAfter(now)) {
            problems.add(FieldProblem.of("readingAt", "inspection.plan.reading-at.past"));
        }
        if (form.readingAt() != null && form.periodTo() != null
                && form.readingAt().toLocalDate().isAfter(form.periodTo())) {
            problems.add(FieldProblem.of("readingAt", "inspection.plan.reading-at.after-period"));
        }
        return problems;
    }

    /** Refuses a value not in its source's form, or a public session's value without its witnesses. */
    void checkEntry(PublicRandomness randomness, PublicValue entry) {
        Optional<RandomnessSource> source = find(randomness.source());
        List<FieldProblem> problems = new ArrayList<>();
        boolean inForm = entry.value().length() <= MAX_VALUE && entry.value().lines().count() == 1
                && source.map(known -> known.acceptsValue(entry.value())).orElse(true);
        if (entry.value().isEmpty()) {
            problems.add(FieldProblem.of("publicValue", "inspection.plan.draw.value.required", randomness.name()));
        } else if (!inForm) {
            problems.add(FieldProblem.of("publicValue", "inspection.plan.draw.value.form", randomness.name(),
                    source.map(RandomnessSource::valueForm).orElse("")));
        }
        int witnesses = source.map(RandomnessSource::witnesses).orElse(0);
        if (entry.witnesses().size() < witnesses) {
            problems.add(FieldProblem.of("witnesses", "inspection.plan.draw.witnesses.required", witnesses));
        } else if (entry.witnesses().stream().anyMatch(name -> name.length() > MAX_WITNESS_NAME)) {
            problems.add(FieldProblem.of("witnesses", "inspection.plan.draw.witnesses.long", MAX_WITNESS_NAME));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** What a valid form announces. */
    PublicRandomness announced(PlanForm form, ZoneId zone) {
        RandomnessSource source = find(form.randomnessSource()).orElseThrow();
        String issue = source.hasIssues() ? Objects.requireNonNull(form.randomnessIssue()).strip() : null;
        return new PublicRandomness(source.code(), source.name(), issue,
                Objects.requireNonNull(form.readingAt()).atZone(zone).toInstant());
    }
}
