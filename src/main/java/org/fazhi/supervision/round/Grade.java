package org.fazhi.supervision.round;

/** An agency's result in a round, from its score: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL;

    static Grade of(int score) {
        return score >= 90 ? EXCELLENT : score >= 80 ? GOOD : score >= 60 ? PASS : FAIL;
    }
}
