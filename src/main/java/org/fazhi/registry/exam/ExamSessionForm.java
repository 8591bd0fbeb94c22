package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An exam session as a user submits it; the marks' checks are {@link ExamRules}. Full mark defaults to 100. */
public record ExamSessionForm(
        @NotBlank(message = "{registry.exam.title.required}") @Nullable String title,
        @NotNull(message = "{registry.exam.kind.required}") @Nullable ExamKind kind,
        @NotNull(message = "{registry.exam.held-on.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
        @NotNull(message = "{registry.exam.pass-mark.required}") @Nullable BigDecimal passMark,
        @Nullable BigDecimal fullMark,
        int version) {

    public static ExamSessionForm empty(LocalDate today) {
        return new ExamSessionForm("", ExamKind.ANNUAL, today, new BigDecimal("60"), ExamSession.DEFAULT_FULL_MARK, 0);
    }

    public static ExamSessionForm of(ExamSession session) {
        return new ExamSessionForm(session.title(), session.kind(), session.heldOn(), session.passMark(),
                session.fullMark(), session.version());
    }
}
