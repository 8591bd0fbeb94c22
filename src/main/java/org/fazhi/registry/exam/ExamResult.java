package org.fazhi.registry.exam;

import java.math.BigDecimal;

import org.fazhi.shared.RegionCode;

/**
 * One officer's score in one exam session (考试成绩), at most one per officer and session. Region and agency are
 * the officer's when the score was recorded, so an agency sees its own officers' results. The session's pass mark
 * travels with it: 合格 means score ≥ pass mark.
 */
public record ExamResult(long id, RegionCode region, long sessionId, long officerId, long agencyId,
                         BigDecimal score, BigDecimal passMark, int version) {

    public boolean passed() {
        return score.compareTo(passMark) >= 0;
    }
}
