package org.fazhi.inspection.checkin;

import org.fazhi.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * 亮码即定位's rule: how far a located scan was from the party's registered address, and whether that is too far to
 * be a visit at the enterprise. A phone unsure of where it is gets the benefit of its doubt: a scan is far only when
 * it lies beyond the county's threshold plus the phone's own accuracy. Without the party's coordinates there is no
 * distance and no flag.
 *
 * @param metres null when the party's place is not known
 */
public record CheckInDistance(@Nullable Long metres, boolean far) {

    public static CheckInDistance between(ScanLocation at, @Nullable GeoPoint registered, int thresholdMetres) {
        if (registered == null) {
            return new CheckInDistance(null, false);
        }
        long metres = at.point().metresTo(registered);
        return new CheckInDistance(metres, metres > (long) thresholdMetres + at.accuracyMetres());
    }
}
