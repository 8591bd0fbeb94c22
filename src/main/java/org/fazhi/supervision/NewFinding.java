package org.fazhi.supervision;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A problem found by any part of supervision, to be rectified by the agency: a round's finding, a case-file
 * review's ({@code review:<id>}), one record's (个案监督).
 *
 * @param source      where it was found: {@code round:<id>}, {@code review:<id>}, or {@code individual}
 * @param typeCode    the problem's type in the two-level list (its category follows from it)
 * @param subject     the record concerned, if any ({@code casework.case:123})
 * @param recordedBy  the supervisor's (or reviewer's) user name
 */
public record NewFinding(String source, RegionCode county, long agencyId, @Nullable String typeCode,
                         @Nullable String description, @Nullable RecordLink subject, String recordedBy) {
}
