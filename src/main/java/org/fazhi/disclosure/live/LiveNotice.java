package org.fazhi.disclosure.live;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a supervisor's screen shows of one change: its kind ({@code decided}, {@code published}, {@code withdrawn}),
 * the decision's number and agency, the day, the line to show (already in Chinese) and where to look closer. No
 * person's particulars: the party is named only when it is an organisation.
 */
record LiveNotice(String kind, String decisionNumber, String agencyName, String county, LocalDate on, String text,
                  @Nullable String link) {
}
