package org.fazhi.casework.casefile;

import java.time.LocalDate;

/** An approved extension of the decision period (行政处罚法第六十条), with its reason. */
public record Extension(long id, int days, String reason, String approvedBy, LocalDate approvedOn) {
}
