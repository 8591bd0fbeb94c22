package org.fazhi.registry.exam;

import java.math.BigDecimal;

/** A score as the REST API shows it: whose, how much, and whether it passed the session's pass mark. */
public record ExamResultView(long id, long sessionId, long officerId, String officerName, long agencyId,
                             String agencyName, BigDecimal score, boolean passed, int version) {

    static ExamResultView of(ExamResultRepository.Row row) {
        ExamResult result = row.result();
        return new ExamResultView(result.id(), result.sessionId(), result.officerId(), row.officerName(),
                result.agencyId(), row.agencyName(), result.score(), result.passed(), result.version());
    }
}
