package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An exam session as the REST API shows it, with sat, passed and 通过率 (%) of the results the caller may see. */
public record ExamSessionView(long id, String regionCode, String title, ExamKind kind, LocalDate heldOn,
                              BigDecimal passMark, BigDecimal fullMark, long sat, long passed,
                              @Nullable BigDecimal passRate, int version) {

    static ExamSessionView of(ExamSessionRepository.Row row) {
        ExamSession session = row.session();
        return new ExamSessionView(session.id(), session.region().value(), session.title(), session.kind(),
                session.heldOn(), session.passMark(), session.fullMark(), row.rate().sat(), row.rate().passed(),
                row.rate().rate(), session.version());
    }
}
