package org.fazhi.supervision.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new review campaign as the supervisor enters it: name, year and the period in which the files were closed,
 * the agencies in scope, the sample per agency (a number of files or a share), and the public randomness the draw
 * will combine with the sealed secret (source, issue if it has issues, the moment the value is read, Beijing time).
 */
public record CampaignForm(@Nullable String name, @Nullable Integer year,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo, @Nullable List<Long> agencyIds,
                           SampleSize.@Nullable Kind sampleKind, @Nullable String sampleValue,
                           @Nullable String randomnessSource, @Nullable String randomnessIssue,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime readingAt) {

    public CampaignForm {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    }

    public static CampaignForm empty() {
        return new CampaignForm(null, null, null, null, List.of(), SampleSize.Kind.COUNT, null, null, null, null);
    }
}
