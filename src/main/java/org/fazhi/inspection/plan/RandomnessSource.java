package org.fazhi.inspection.plan;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A public randomness source (公开随机源) a plan may name: a value nobody controls that becomes known at a moment
 * announced in advance, such as a lottery's draw or a value produced at the bureau's public drawing session. The
 * forms are the Chinese descriptions shown to the user, and the refusal says the expected form.
 *
 * @param code         how configuration and the plan's record refer to it (letters and digits)
 * @param name         its name as published with the plan, e.g. 中国福利彩票双色球
 * @param issuePattern the form of its issue number (期号) if it has them, as a regular expression; null if none
 * @param issueForm    the issue number described, e.g. 7 位期号，如 2026140
 * @param momentForm   what the reading moment is, e.g. 该期开奖时间
 * @param valuePattern the form of its value, as a regular expression matched against the whole value
 * @param valueForm    the value described, with an example
 * @param witnesses    how many witnesses must be named when the value is entered (a public session: at least 2)
 */
public record RandomnessSource(String code, String name, @Nullable String issuePattern, @Nullable String issueForm,
                               String momentForm, String valuePattern, String valueForm, int witnesses) {

    public RandomnessSource {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,30}")) {
            throw new IllegalArgumentException("fazhi.inspection.randomness: a source needs a code of letters and digits");
        }
        Pattern.compile(valuePattern);
        if (issuePattern != null) {
            Pattern.compile(issuePattern);
        }
    }

    public boolean hasIssues() {
        return issuePattern != null;
    }

    public boolean isWitnessed() {
        return witnesses > 0;
    }

    /** A source without issues ignores whatever issue is given. */
    public boolean acceptsIssue(@Nullable String issue) {
        return issuePattern == null || issue != null && issue.strip().matches(issuePattern);
    }

    public boolean acceptsValue(String value) {
        return value.strip().matches(valuePattern);
    }
}
