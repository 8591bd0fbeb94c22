package org.fazhi.inspection.plan;

import java.time.Instant;
import java.time.ZoneId;

import org.fazhi.inspection.draw.CombinedSeed;
import org.jspecify.annotations.Nullable;

/**
 * What a plan announces at publication about the public value its seed will combine with: the source (its code
 * and its name as announced), the lottery issue if the source has issues, and the moment the value is read, after
 * which the draw may run. The published commitment binds the name, the issue and the moment.
 */
public record PublicRandomness(String source, String name, @Nullable String issue, Instant readingAt) {

    /** The commitment to publish for a secret (docs/draw-algorithm.md, section 3). */
    public String commitment(String secret, ZoneId zone) {
        return CombinedSeed.commitmentOf(secret, name, issue, moment(readingAt, zone));
    }

    /** What the plan published, as the draw document states it. */
    public CombinedSeed.Announcement announcement(String commitment, Instant publishedAt, ZoneId zone) {
        return new CombinedSeed.Announcement(commitment, name, issue, moment(publishedAt, zone),
                moment(readingAt, zone));
    }

    /** A moment as the commitment and the document write it, in the county's zone (Beijing time). */
    public static String moment(Instant moment, ZoneId zone) {
        return CombinedSeed.moment(moment.atZone(zone).toOffsetDateTime());
    }
}
