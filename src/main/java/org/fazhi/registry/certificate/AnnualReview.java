package org.fazhi.registry.certificate;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 年审: one per certificate and year; training attendance and exam scores are its usual basis (seed ER5). */
public record AnnualReview(long id, long certificateId, int year, ReviewResult result, LocalDate reviewedOn,
                           @Nullable String note) {

    public enum ReviewResult { PASSED, FAILED }
}
