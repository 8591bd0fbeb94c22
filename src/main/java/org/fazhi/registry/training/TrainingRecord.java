package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A training an officer attended (培训记录): which course, on which day, for how many hours. Recorded by the
 * officer's agency or the justice bureau, corrected when wrong, never deleted; an officer's hours add up per year
 * to what the 年审 looks at. The region and agency are the officer's when the training was recorded.
 */
public record TrainingRecord(long id, RegionCode region, long agencyId, long officerId, String course,
                             LocalDate trainedOn, BigDecimal hours, @Nullable String organiser, int version) {

    /** The most hours one record may carry: a residential course of several weeks. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("200");
    public static final int COURSE_MIN = 2;
    public static final int COURSE_MAX = 100;
    public static final int ORGANISER_MAX = 100;

    /** Why these hours cannot be recorded, as a message key: more than 0, at most 200, one decimal place. */
    public static Optional<String> checkHours(BigDecimal hours) {
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            return Optional.of("registry.training.hours.range");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            return Optional.of("registry.training.hours.scale");
        }
        return Optional.empty();
    }

    /** Why this course name cannot be recorded (after stripping spaces), as a message key. */
    public static Optional<String> checkCourse(String course) {
        int length = course.strip().codePointCount(0, course.strip().length());
        return length < COURSE_MIN || length > COURSE_MAX ? Optional.of("registry.training.course.size")
                : Optional.empty();
    }

    /** A training is recorded once it has happened: never dated after today. */
    public static Optional<String> checkTrainedOn(LocalDate trainedOn, LocalDate today) {
        return trainedOn.isAfter(today) ? Optional.of("registry.training.trained-on.future") : Optional.empty();
    }
}
