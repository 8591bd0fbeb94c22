package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExamSessionTests {

    private static final LocalDate HELD_ON = LocalDate.of(2025, 6, 20);

    private final ExamSession session = new ExamSession(1, RegionCode.of("410425"), "2025年度公共法律知识考试",
            ExamKind.ANNUAL, HELD_ON, new BigDecimal("60.0"), new BigDecimal("100.0"), 0);

    @Test
    void aResultPassesAtThePassMarkAndNotBelowIt() {
        assertThat(result("60.0").passed()).isTrue();
        assertThat(result("60").passed()).isTrue();
        assertThat(result("99.5").passed()).isTrue();
        assertThat(result("59.9").passed()).isFalse();
        assertThat(result("0").passed()).isFalse();
        assertThat(session.passes(new BigDecimal("60"))).isTrue();
    }

    @Test
    void acceptsScoresFromZeroToTheFullMarkWithOneDecimal() {
        assertThat(session.checkScore(BigDecimal.ZERO)).isEmpty();
        assertThat(session.checkScore(new BigDecimal("100.0"))).isEmpty();
        assertThat(session.checkScore(new BigDecimal("72.50"))).isEmpty();
        assertThat(session.checkScore(new BigDecimal("-0.5"))).contains("registry.exam.score.range");
        assertThat(session.checkScore(new BigDecimal("100.1"))).contains("registry.exam.score.range");
        assertThat(session.checkScore(new BigDecimal("72.25"))).contains("registry.exam.score.scale");
    }

    @Test
    void marksArePositiveWithOneDecimalAndThePassMarkNotAboveTheFullMark() {
        assertThat(ExamSession.checkPassMark(new BigDecimal("60"))).isEmpty();
        assertThat(ExamSession.checkPassMark(BigDecimal.ZERO)).contains("registry.exam.pass-mark.range");
        assertThat(ExamSession.checkFullMark(new BigDecimal("10000"))).contains("registry.exam.full-mark.range");
        assertThat(ExamSession.checkFullMark(new BigDecimal("99.99"))).contains("registry.exam.full-mark.scale");
        assertThat(ExamSession.marksAgree(new BigDecimal("100"), new BigDecimal("100.0"))).isTrue();
        assertThat(ExamSession.marksAgree(new BigDecimal("120"), new BigDecimal("100"))).isFalse();
    }

    @Test
    void scoresAreRecordedOnlyOnceTheSessionHasBeenHeld() {
        assertThat(session.isHeldBy(HELD_ON)).isTrue();
        assertThat(session.isHeldBy(HELD_ON.plusDays(1))).isTrue();
        assertThat(session.isHeldBy(HELD_ON.minusDays(1))).isFalse();
    }

    private ExamResult result(String score) {
        return new ExamResult(1, RegionCode.of("410425"), session.id(), 7, 3, new BigDecimal(score),
                session.passMark(), 0);
    }
}
