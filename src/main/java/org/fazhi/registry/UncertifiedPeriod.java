package org.fazhi.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
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
     * The periods as a JSON array of rows, {@code [{"officer":12,"from":"2026-01-01","to":"9999-12-31"}, ...]}, for
     * a query to read with {@code jsonb_to_recordset} and join to the acts by officer. (An object of text ranges
     * looked up and cast per act cost 1.7 s a county; the join costs a hash lookup.)
     */
    public static String asJson(Collection<UncertifiedPeriod> periods) {
        return periods.stream()
                .map(period -> "{\"officer\":" + period.officerId() + ",\"from\":\"" + period.from()
                        + "\",\"to\":\"" + period.to() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The part of this period from {@code day} on, or nothing when it ended before: for a rule that looks back. */
    public Optional<UncertifiedPeriod> since(LocalDate day) {
        if (to.isBefore(day)) {
            return Optional.empty();
        }
        return Optional.of(from.isBefore(day)
                ? new UncertifiedPeriod(officerId, officerName, agencyId, day, to, lapse, certificateNumber) : this);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** A lapse of a certificate the officer held: expired, suspended or revoked (not "never had one"). */
    public boolean isLapse() {
        return lapse == Lapse.EXPIRED || lapse == Lapse.SUSPENDED || lapse == Lapse.REVOKED;
    }
}
