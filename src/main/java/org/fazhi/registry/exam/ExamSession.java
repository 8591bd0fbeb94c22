package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * An exam session (考试场次) the justice bureau holds for the officers of its region. Created before or after the
 * day; its scores are recorded once it has been held. Its marks may be corrected later, but never so that a
 * recorded score exceeds the full mark; whether a score passes is always judged against the current pass mark.
 */
public record ExamSession(long id, RegionCode region, String title, ExamKind kind, LocalDate heldOn,
                          BigDecimal passMark, BigDecimal fullMark, int version) {

    public static final BigDecimal DEFAULT_FULL_MARK = new BigDecimal("100.0");
    /** The largest mark the register keeps (numeric(5,1)). */
    public static final BigDecimal HIGHEST_MARK = new BigDecimal("9999.9");
    public static final int TITLE_MIN = 2;
    public static final int TITLE_MAX = 100;

    public boolean passes(BigDecimal score) {
        return score.compareTo(passMark) >= 0;
    }

    /** Scores are recorded only for a session that has taken place by {@code day}. */
    public boolean isHeldBy(LocalDate day) {
        return !heldOn.isAfter(day);
    }

    /** Why a score cannot be recorded in this session, as a message key: between 0 and the full mark, one decimal. */
    public Optional<String> checkScore(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(fullMark) > 0) {
            return Optional.of("registry.exam.score.range");
        }
        return hasOneDecimal(score) ? Optional.empty() : Optional.of("registry.exam.score.scale");
    }

    /** Why a pass mark cannot be used, as a message key: more than 0, at most 9999.9, one decimal. */
    public static Optional<String> checkPassMark(BigDecimal mark) {
        return checkMark("registry.exam.pass-mark", mark);
    }

    /** Why a full mark cannot be used, as a message key: more than 0, at most 9999.9, one decimal. */
    public static Optional<String> checkFullMark(BigDecimal mark) {
        return checkMark("registry.exam.full-mark", mark);
    }

    private static Optional<String> checkMark(String keyPrefix, BigDecimal mark) {
        if (mark.signum() <= 0 || mark.compareTo(HIGHEST_MARK) > 0) {
            return Optional.of(keyPrefix + ".range");
        }
        return hasOneDecimal(mark) ? Optional.empty() : Optional.of(keyPrefix + ".scale");
    }

    /** A pass mark above the full mark could never be reached. */
    public static boolean marksAgree(BigDecimal passMark, BigDecimal fullMark) {
        return passMark.compareTo(fullMark) <= 0;
    }

    static boolean hasOneDecimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 1;
    }
}
