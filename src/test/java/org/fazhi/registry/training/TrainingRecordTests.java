package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRecordTests {

    @Test
    void acceptsHoursAboveZeroUpTo200WithOneDecimal() {
        assertThat(TrainingRecord.checkHours(new BigDecimal("0.5"))).isEmpty();
        assertThat(TrainingRecord.checkHours(new BigDecimal("8"))).isEmpty();
        assertThat(TrainingRecord.checkHours(new BigDecimal("2.50"))).isEmpty();
        assertThat(TrainingRecord.checkHours(new BigDecimal("200.0"))).isEmpty();
    }

    @Test
    void refusesZeroNegativeAndMoreThan200Hours() {
        assertThat(TrainingRecord.checkHours(BigDecimal.ZERO)).contains("registry.training.hours.range");
        assertThat(TrainingRecord.checkHours(new BigDecimal("-4"))).contains("registry.training.hours.range");
        assertThat(TrainingRecord.checkHours(new BigDecimal("200.1"))).contains("registry.training.hours.range");
    }

    @Test
    void refusesHoursWithMoreThanOneDecimal() {
        assertThat(TrainingRecord.checkHours(new BigDecimal("1.25"))).contains("registry.training.hours.scale");
        assertThat(TrainingRecord.checkHours(new BigDecimal("0.05"))).contains("registry.training.hours.scale");
    }

    @Test
    void courseNamesHaveTwoToOneHundredCharacters() {
        assertThat(TrainingRecord.checkCourse("行政处罚法")).isEmpty();
        assertThat(TrainingRecord.checkCourse(" 法 ")).contains("registry.training.course.size");
        assertThat(TrainingRecord.checkCourse("法".repeat(100))).isEmpty();
        assertThat(TrainingRecord.checkCourse("法".repeat(101))).contains("registry.training.course.size");
    }

    @Test
    void trainingIsRecordedOnlyOnceItHappened() {
        LocalDate today = LocalDate.of(2026, 3, 25);
        assertThat(TrainingRecord.checkTrainedOn(today, today)).isEmpty();
        assertThat(TrainingRecord.checkTrainedOn(today.plusDays(1), today))
                .contains("registry.training.trained-on.future");
    }
}
