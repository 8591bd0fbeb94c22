package org.fazhi.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Days on which an officer held no valid enforcement certificate (执法证), both ends included, and why: never held
 * one, not yet issued, expired, suspended (暂扣) or revoked (注销). An act by the officer on one of these days was
 * done without the qualification 行政处罚法第四十二条 requires. An open end is {@link #OPEN_START} or {@link #OPEN_END}.
 *
 * @param certificateNumber the certificate whose lapse opened the period; null when the officer never held one
 */
public record UncertifiedPeriod(long officerId, String officerName, long agencyId, LocalDate from, LocalDate to,
                                Lapse lapse, @Nullable String certificateNumber) {

    /** The start of a period that runs from before any record. */
    public static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);
    /** The end of a period that still runs. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** Why the officer was not certified. */
    public enum Lapse {
        /** The officer never held an enforcement certificate. */ NO_CERTIFICATE,
        /** Before the officer's first certificate was issued. */ NOT_YET_ISSUED,
        /** The certificate's period ended (and no other one was valid). */ EXPIRED,
        /** The certificate was suspended (暂扣). */ SUSPENDED,
        /** The certificate was revoked (注销). */ REVOKED
    }

    /**
     * The periods as one JSON object for a query to look up an officer's days by id, each officer's as a PostgreSQL
     * {@code datemultirange}, so that a row costs one key lookup whatever plan the database picks:
     * {@code {"12":"{[1900-01-01,2020-12-31],[2026-01-01,9999-12-31]}", ...}}.
     */
    public static String asJson(Collection<UncertifiedPeriod> periods) {
        Map<Long, List<String>> byOfficer = new LinkedHashMap<>();
        periods.forEach(period -> byOfficer.computeIfAbsent(period.officerId(), id -> new ArrayList<>())
                .add("[" + period.from() + "," + period.to() + "]"));
        return byOfficer.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":\"{" + String.join(",", entry.getValue()) + "}\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** A lapse of a certificate the officer held: expired, suspended or revoked (not "never had one"). */
    public boolean isLapse() {
        return lapse == Lapse.EXPIRED || lapse == Lapse.SUSPENDED || lapse == Lapse.REVOKED;
    }
}
