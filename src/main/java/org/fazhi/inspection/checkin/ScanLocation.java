package org.fazhi.inspection.checkin;

import java.util.Optional;

import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Where a phone says it was when scanning: a WGS-84 point and the radius, in metres, within which it is sure of it
 * (a browser's {@code coords.accuracy}: a few metres outdoors with satellites, hundreds from mobile cells alone).
 */
public record ScanLocation(GeoPoint point, int accuracyMetres) {

    /** A report less sure than this says nothing useful about the place. */
    static final int MAX_ACCURACY_METRES = 100_000;

    public ScanLocation {
        if (accuracyMetres < 0 || accuracyMetres > MAX_ACCURACY_METRES) {
            throw new InvalidValueException("inspection.checkin.accuracy");
        }
    }

    /**
     * The place a phone shared, or null when it shared none or one that makes no sense: sharing is never required,
     * so a bad report is dropped rather than refused.
     */
    public static @Nullable ScanLocation shared(@Nullable Double latitude, @Nullable Double longitude,
                                                @Nullable Double accuracy) {
        try {
            return of(latitude, longitude, accuracy).orElse(null);
        } catch (IllegalArgumentException nonsense) {
            return null;
        }
    }

    /** What a page posted: nothing when the phone shared no place; a missing accuracy counts as exact. */
    public static Optional<ScanLocation> of(@Nullable Double latitude, @Nullable Double longitude,
                                            @Nullable Double accuracy) {
        return GeoPoint.of(latitude, longitude).map(point -> new ScanLocation(point,
                accuracy == null || accuracy.isNaN() ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.ceil(accuracy))));
    }
}
